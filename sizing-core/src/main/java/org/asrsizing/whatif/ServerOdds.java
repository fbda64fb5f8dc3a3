package org.asrsizing.whatif;

/**
 * How one server of a plan fares on simulated days.
 *
 * @param id server id of the plan
 * @param tier its tier
 * @param machines machines it carries
 * @param churnGiBPerDay its planned (mean) churn, GiB/day
 * @param limitChurnGiBPerDay the tier's published churn limit, without headroom, GiB/day
 * @param p95ChurnGiBPerDay the 95th percentile of its simulated daily churn, GiB/day
 * @param probabilityWithinLimits share of simulated days its churn stays within the limit, 0 to 1
 */
public record ServerOdds(
    String id,
    String tier,
    int machines,
    double churnGiBPerDay,
    double limitChurnGiBPerDay,
    double p95ChurnGiBPerDay,
    double probabilityWithinLimits) {}
