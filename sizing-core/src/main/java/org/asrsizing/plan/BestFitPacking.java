package org.asrsizing.plan;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.asrsizing.catalog.Tier;
import org.asrsizing.placement.Limits;

/**
 * Best fit decreasing: each item onto the server with the least churn room that holds it (the later
 * server on ties). When the mix is tight, packing tightly may need no repair where balancing does.
 */
final class BestFitPacking implements Packing {

  /** Least churn room first, then the later server. */
  private static final Comparator<Bin> LEAST_CHURN_ROOM =
      (a, b) -> {
        int c = Double.compare(a.churnRoom(), b.churnRoom());
        return c != 0 ? c : Integer.compare(b.serial, a.serial);
      };

  /** Any tier: the probe only stands for a churn room in the ordered set. */
  private final Tier probeTier;

  BestFitPacking(Tier probeTier) {
    this.probeTier = probeTier;
  }

  @Override
  public void pack(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    TreeSet<Bin> byRoom = new TreeSet<>(LEAST_CHURN_ROOM);
    bins.forEach(byRoom::add);
    Bin probe = new Bin(new Capacity(-1, probeTier, new Limits(0, 0)), -1);
    for (Item item : items) {
      probe.churn = -item.churnGiBPerDay() * (1 - Capacity.EPSILON) - 1e-9;
      Bin target = null;
      for (Bin b : byRoom.tailSet(probe, true)) {
        if (b.fits(item)) {
          target = b;
          break;
        }
      }
      if (target == null) {
        leftovers.add(item);
        continue;
      }
      byRoom.remove(target);
      target.add(item);
      if (target.machines < target.capacity.maxMachines()) {
        byRoom.add(target);
      }
    }
  }
}
