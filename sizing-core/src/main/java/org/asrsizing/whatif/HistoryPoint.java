package org.asrsizing.whatif;

import java.time.LocalDate;

/**
 * One measured day.
 *
 * @param date the day
 * @param churnGiBPerDay total churn that day, GiB/day
 * @param machines machines protected that day, or {@code null} when not recorded
 */
public record HistoryPoint(LocalDate date, double churnGiBPerDay, Integer machines) {}
