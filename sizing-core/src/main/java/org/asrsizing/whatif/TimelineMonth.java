package org.asrsizing.whatif;

/**
 * One month of a growth timeline.
 *
 * @param month months from now (0 is today)
 * @param machineFactor machine count growth factor since month 0
 * @param churnFactor churn growth factor since month 0
 * @param deployment what the grown workload needs
 */
public record TimelineMonth(
    int month, double machineFactor, double churnFactor, Deployment deployment) {}
