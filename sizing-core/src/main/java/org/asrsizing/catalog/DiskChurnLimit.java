package org.asrsizing.catalog;

/** Average churn one replicated disk supports, by target storage and I/O size. */
public record DiskChurnLimit(
    String targetStorage,
    String averageIoSize,
    double maxChurnMBps,
    double maxChurnGiBPerDay,
    String source) {}
