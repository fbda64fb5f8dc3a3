package org.asrsizing.whatif;

/**
 * One fitted trend, as reported.
 *
 * @param quantity what was fitted: {@code churnGiBPerDay} or {@code machines}
 * @param model {@code linear} (y = a + b x) or {@code exponential} (ln y = a + b x)
 * @param intercept a, at day 0 (the first date)
 * @param slopePerDay b, per day since the first date
 * @param growthPerYear linear: units per year (b x 365.25); exponential: percent per year
 * @param sumSquaredErrors residual sum of squares on the quantity's scale
 * @param rmse root mean squared error on the quantity's scale
 * @param rSquared 1 - SSE / SST on the quantity's scale
 * @param chosen whether this model is used for the forecast
 */
public record TrendFit(
    String quantity,
    String model,
    double intercept,
    double slopePerDay,
    double growthPerYear,
    double sumSquaredErrors,
    double rmse,
    double rSquared,
    boolean chosen) {

  static final double DAYS_PER_YEAR = 365.25;
}
