package org.asrsizing.whatif;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Machine;

/**
 * What the initial replication of an inventory's machines copies: each machine's data where the
 * inventory gives it, a fallback size for the others, and the time one batch may take.
 *
 * @param sizeGiB data to copy per machine name, GiB (storage in use, or disk sizes)
 * @param disks disks per machine name (OS disk and data disks), where the inventory counts them
 * @param fallbackGiB the size of a machine the inventory gives none for, GiB, or {@code null}
 * @param goalHours the time one batch may take, hours
 */
public record InitialCopy(
    Map<String, Double> sizeGiB, Map<String, Integer> disks, Double fallbackGiB, double goalHours) {

  /** Disks of one machine ASR copies at once: see {@link ReplicationBatch#diskStreams()}. */
  public static final int DISKS_AT_ONCE = 3;

  public InitialCopy {
    sizeGiB = Map.copyOf(sizeGiB);
    disks = Map.copyOf(disks);
    if (fallbackGiB != null && !(fallbackGiB > 0 && Double.isFinite(fallbackGiB))) {
      throw new IllegalArgumentException("the machine size must be a size above 0");
    }
    if (!(goalHours > 0) || !Double.isFinite(goalHours)) {
      throw new IllegalArgumentException("the initial replication goal must be hours above 0");
    }
  }

  /** The copy of {@code machines}, sized by {@code sizeGiB} where given, else {@code fallback}. */
  public static InitialCopy of(
      List<Machine> machines, Map<String, Double> sizeGiB, Double fallbackGiB, double goalHours) {
    Map<String, Integer> disks = new HashMap<>();
    for (Machine m : machines) {
      if (m.dataDisks() != null) {
        disks.put(m.name(), m.dataDisks() + 1);
      }
    }
    return new InitialCopy(sizeGiB, disks, fallbackGiB, goalHours);
  }

  /** The data to copy for {@code machine}, GiB, or {@code null} when nothing sizes it. */
  Double size(String machine) {
    Double own = sizeGiB.get(machine);
    return own != null ? own : fallbackGiB;
  }

  /**
   * The disks of {@code machine} copied at once: its disk count up to {@link #DISKS_AT_ONCE}, and
   * {@link #DISKS_AT_ONCE} when the inventory does not count them (the ASR tables' 3 disks).
   */
  int streams(String machine) {
    Integer n = disks.get(machine);
    return n == null ? DISKS_AT_ONCE : Math.max(1, Math.min(n, DISKS_AT_ONCE));
  }
}
