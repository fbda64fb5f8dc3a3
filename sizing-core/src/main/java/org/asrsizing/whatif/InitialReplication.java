package org.asrsizing.whatif;

/**
 * How long the first full copy of the machines takes over one link.
 *
 * @param bandwidthMbps upload bandwidth available, Mbps
 * @param machineSizeGiB data per machine, GiB
 * @param machines machines to copy
 * @param dataGiB all their data, GiB
 * @param hours time to copy all of it, hours
 * @param goalHours the time one batch may take, hours
 * @param batchMachines machines per batch that finish within the goal (0: one machine takes longer
 *     than the goal)
 * @param batches batches needed for all machines ({@code null} when the batch size is 0)
 */
public record InitialReplication(
    double bandwidthMbps,
    double machineSizeGiB,
    int machines,
    double dataGiB,
    double hours,
    double goalHours,
    long batchMachines,
    Long batches) {

  /** The initial replication of {@code machines} machines of {@code machineSizeGiB} each. */
  public static InitialReplication of(
      double bandwidthMbps, double machineSizeGiB, int machines, double goalHours) {
    if (!(bandwidthMbps > 0) || !Double.isFinite(bandwidthMbps)) {
      throw new IllegalArgumentException("the bandwidth must be a number of Mbps above 0");
    }
    if (!(machineSizeGiB > 0) || !Double.isFinite(machineSizeGiB)) {
      throw new IllegalArgumentException("the machine size must be a size above 0");
    }
    if (!(goalHours > 0) || !Double.isFinite(goalHours)) {
      throw new IllegalArgumentException("the initial replication goal must be hours above 0");
    }
    double data = machineSizeGiB * machines;
    long batch =
        (long) Math.floor(Bandwidth.transferableGiB(bandwidthMbps, goalHours) / machineSizeGiB);
    Long batches = batch == 0 ? null : (machines + batch - 1) / batch;
    return new InitialReplication(
        bandwidthMbps,
        machineSizeGiB,
        machines,
        data,
        Bandwidth.transferHours(data, bandwidthMbps),
        goalHours,
        batch,
        batches);
  }
}
