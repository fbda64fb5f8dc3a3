package org.asrsizing.catalog;

/**
 * One published server size and the load it carries. Limits are inclusive upper bounds.
 *
 * @param name tier name (small, medium, large, ...)
 * @param vcpus virtual CPUs
 * @param sockets CPU sockets (informational)
 * @param coresPerSocket cores per socket (informational)
 * @param memoryGiB memory, GiB
 * @param cacheDiskGiB cache disk, GiB
 * @param maxChurnGiBPerDay the largest daily churn the tier carries, GiB/day
 * @param maxMachines the largest number of source machines the tier carries
 * @param source id of the {@link Source} the numbers come from
 */
public record Tier(
    String name,
    int vcpus,
    Integer sockets,
    Integer coresPerSocket,
    int memoryGiB,
    int cacheDiskGiB,
    double maxChurnGiBPerDay,
    int maxMachines,
    String source) {}
