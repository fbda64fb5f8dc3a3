package org.asrsizing.whatif;

import java.util.List;

/**
 * Machines whose initial replication runs at the same time, after the batches before them.
 *
 * @param number 1 for the first batch
 * @param machines the machines, largest first
 * @param dataGiB data the batch copies, GiB
 * @param diskStreams disks copied at once: each machine's disks up to {@link
 *     InitialCopy#DISKS_AT_ONCE}; ASR publishes no rate per disk, so this does not change the
 *     hours, which the link decides
 * @param startHour hours after the first batch starts that this one starts
 * @param hours how long the batch takes at the link rate left after delta replication, hours
 * @param overGoal whether the batch takes longer than the goal (one machine larger than a batch)
 */
public record ReplicationBatch(
    int number,
    List<String> machines,
    double dataGiB,
    int diskStreams,
    double startHour,
    double hours,
    boolean overGoal) {

  public ReplicationBatch {
    machines = List.copyOf(machines);
  }
}
