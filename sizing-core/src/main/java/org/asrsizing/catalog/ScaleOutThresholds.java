package org.asrsizing.catalog;

/**
 * Beyond either bound the built-in process server of one configuration server no longer carries the
 * workload and scale-out servers do. Both bounds are inclusive: at exactly the bound no scale-out
 * is needed.
 */
public record ScaleOutThresholds(int maxMachines, double maxChurnGiBPerDay, String source) {}
