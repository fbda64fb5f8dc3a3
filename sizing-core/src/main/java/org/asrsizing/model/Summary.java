package org.asrsizing.model;

/**
 * The plan at a glance.
 *
 * @param machines machines in the workload after growth (placed and unplaced)
 * @param placedMachines machines assigned to a server
 * @param unplacedMachines machines that cannot be protected
 * @param churnGiBPerDay total daily churn of the workload after growth, GiB/day
 * @param scaleOutRequired whether any site needed scale-out
 * @param sites number of sites planned
 * @param configurationServers configuration servers (or appliances)
 * @param processServers scale-out process servers
 * @param vcpus total vCPUs of all servers
 * @param memoryGiB total memory, GiB
 * @param cacheDiskGiB total cache disk, GiB
 * @param lowerBoundVcpus no deployment of the placed machines needs fewer vCPUs than this
 * @param gapVcpus {@code vcpus - lowerBoundVcpus}
 * @param gapPercent the gap as a percentage of the lower bound
 */
public record Summary(
    int machines,
    int placedMachines,
    int unplacedMachines,
    double churnGiBPerDay,
    boolean scaleOutRequired,
    int sites,
    int configurationServers,
    int processServers,
    int vcpus,
    long memoryGiB,
    long cacheDiskGiB,
    int lowerBoundVcpus,
    int gapVcpus,
    double gapPercent) {}
