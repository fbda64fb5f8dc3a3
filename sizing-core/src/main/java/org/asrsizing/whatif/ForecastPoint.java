package org.asrsizing.whatif;

/**
 * The forecast of one future date, with the prediction interval.
 *
 * @param date ISO date
 * @param churnGiBPerDay expected total churn, GiB/day
 * @param churnLowerGiBPerDay lower bound of the interval, GiB/day
 * @param churnUpperGiBPerDay upper bound of the interval, GiB/day
 * @param machines expected machines, or {@code null} without machine history
 * @param machinesLower lower bound, or {@code null}
 * @param machinesUpper upper bound, or {@code null}
 */
public record ForecastPoint(
    String date,
    double churnGiBPerDay,
    double churnLowerGiBPerDay,
    double churnUpperGiBPerDay,
    Double machines,
    Double machinesLower,
    Double machinesUpper) {}
