package org.asrsizing.bench.peers;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Machine;

/**
 * The scale-out part of a sizing as plain variable-sized bin packing, the shape both peers solve:
 * machines are items (one slot, churn), the catalog's scale-out tiers are bin types.
 *
 * @param churnMilli churn of each machine in thousandths of a GiB/day
 * @param tiers the bin types, smallest first
 */
public record PackingProblem(long[] churnMilli, List<BinType> tiers) {

  /**
   * A server tier as a bin type.
   *
   * @param name tier name
   * @param vcpus cost
   * @param maxMachines machine limit
   * @param maxChurnMilli churn limit, thousandths of a GiB/day
   */
  public record BinType(String name, int vcpus, int maxMachines, long maxChurnMilli) {}

  /**
   * The packing of {@code machines} onto {@code catalog}'s scale-out tiers, limits as published.
   */
  public static PackingProblem of(List<Machine> machines, Catalog catalog) {
    long[] churn = new long[machines.size()];
    for (int i = 0; i < churn.length; i++) {
      churn[i] = Math.round(machines.get(i).churnGiBPerDay() * 1000);
    }
    List<BinType> tiers = new ArrayList<>();
    for (Tier t : catalog.scaleOutTiers()) {
      tiers.add(
          new BinType(
              t.name(), t.vcpus(), t.maxMachines(), Math.round(t.maxChurnGiBPerDay() * 1000)));
    }
    return new PackingProblem(churn, List.copyOf(tiers));
  }

  public int machines() {
    return churnMilli.length;
  }

  public long totalChurnMilli() {
    long sum = 0;
    for (long c : churnMilli) {
      sum += c;
    }
    return sum;
  }

  /** How many bins of {@code t} would carry every machine on their own, ignoring packing losses. */
  public int binsIfOnly(BinType t) {
    long byMachines = (machines() + t.maxMachines() - 1L) / t.maxMachines();
    long byChurn = (totalChurnMilli() + t.maxChurnMilli() - 1) / t.maxChurnMilli();
    return (int) Math.max(byMachines, byChurn);
  }
}
