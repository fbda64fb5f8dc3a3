package org.asrsizing.whatif;

/**
 * The outcome of a Monte Carlo run.
 *
 * @param method how the days were simulated and the plan that holds was found, in words
 * @param churnCv coefficient of variation of each machine's daily churn
 * @param trials simulated days
 * @param seed seed of the random generator
 * @param confidencePercent the probability the plan that holds must reach, percent
 * @param plan the plan of the given options
 * @param holds the first plan, by increasing headroom, that reaches the confidence; {@code null}
 *     when none up to the largest headroom does
 */
public record MonteCarloResult(
    String method,
    double churnCv,
    int trials,
    long seed,
    double confidencePercent,
    SimulatedPlan plan,
    SimulatedPlan holds) {}
