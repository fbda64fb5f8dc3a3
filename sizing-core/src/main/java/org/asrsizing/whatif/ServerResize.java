package org.asrsizing.whatif;

/**
 * A server already bought, resized to a larger tier of its role: a change of its virtual machine,
 * no machine moves.
 *
 * @param server its id
 * @param fromTier the tier it had
 * @param toTier the tier it gets
 * @param addedVcpus vCPUs it gains
 * @param addedMemoryGiB memory it gains, GiB
 * @param addedCacheDiskGiB cache disk it gains, GiB
 * @param stopsReplicating whether it is a configuration server whose built-in process server stops
 *     replicating at scale-out, its machines moving to scale-out process servers
 * @param machinesMoved machines it gives up when it stops replicating, else 0
 */
public record ServerResize(
    String server,
    String fromTier,
    String toTier,
    int addedVcpus,
    int addedMemoryGiB,
    int addedCacheDiskGiB,
    boolean stopsReplicating,
    int machinesMoved) {}
