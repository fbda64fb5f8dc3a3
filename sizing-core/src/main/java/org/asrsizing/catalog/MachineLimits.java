package org.asrsizing.catalog;

/**
 * Limits on one source machine.
 *
 * @param maxChurnGiBPerDay the most a machine may change per day: one process server's ceiling
 * @param maxPeakChurnMBps peak churn across all disks of one machine, MB/s
 * @param maxDataDisks data disks per machine
 * @param source id of the source
 */
public record MachineLimits(
    double maxChurnGiBPerDay, double maxPeakChurnMBps, int maxDataDisks, String source) {}
