package org.asrsizing.whatif;

/**
 * When a quantity is expected to exceed a threshold.
 *
 * @param quantity {@code churnGiBPerDay} or {@code machines}
 * @param threshold the value, exceeded when the quantity is above it (limits are inclusive)
 * @param meaning what exceeding it means, for example {@code scale-out threshold}
 * @param status {@code already} (the last measurement exceeds it), {@code expected} or {@code
 *     beyond-horizon}
 * @param expectedDate first date the trend exceeds it, or {@code null}
 * @param earliestDate first date the interval's upper bound exceeds it, or {@code null}
 * @param latestDate first date the interval's lower bound exceeds it, or {@code null}
 */
public record Crossing(
    String quantity,
    double threshold,
    String meaning,
    String status,
    String expectedDate,
    String earliestDate,
    String latestDate) {}
