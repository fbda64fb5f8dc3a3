package org.asrsizing.operate;

/**
 * The change at a glance.
 *
 * @param machines machines in the deployment after the change (placed and not protectable)
 * @param newMachines machines that were not replicated before
 * @param moves machines that change server
 * @param churnMovedGiBPerDay the daily churn of those machines, GiB/day
 * @param lowerBoundMoves no change that brings every server within its limits moves fewer machines
 * @param serversOverLimitBefore servers above a limit (or an observed threshold) now
 * @param serversOverLimitAfter servers above a limit after the change
 * @param serversAdded servers added because the load does not fit the servers there
 * @param addedVcpus vCPUs of those servers
 * @param addedMemoryGiB their memory, GiB
 * @param addedCacheDiskGiB their cache disk, GiB
 * @param unplacedMachines machines no server can protect
 */
public record RebalanceSummary(
    int machines,
    int newMachines,
    int moves,
    double churnMovedGiBPerDay,
    int lowerBoundMoves,
    int serversOverLimitBefore,
    int serversOverLimitAfter,
    int serversAdded,
    int addedVcpus,
    long addedMemoryGiB,
    long addedCacheDiskGiB,
    int unplacedMachines) {}
