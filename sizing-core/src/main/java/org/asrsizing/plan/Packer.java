package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.model.Preference;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.placement.LeastLoadedSearch;
import org.asrsizing.placement.Slots;

/**
 * Places items on servers of given tier counts: {@link BalancedPacking} first, which packs and
 * balances at once. Servers that turn out too few are added (cheapest tier that holds the item);
 * afterwards each server is re-typed to the cheapest tier that holds its load and the least-loaded
 * servers are emptied where the others have room. When balancing needed servers added, packing
 * tightly ({@link BestFitPacking}), by shape ({@link ShapePacking}) or to targets ({@link
 * TargetPacking}) may need none; the cheapest result is kept.
 */
final class Packer {

  /**
   * Machines above which best fit is not tried: on large fleets packing to targets does better and
   * one packing of a million machines is most of the time budget.
   */
  private static final int TIGHT_LIMIT = 200_000;

  /** Servers times machines above which the shape rule's scan of every server is too slow. */
  private static final long SHAPE_WORK_LIMIT = 20_000_000;

  /** Leftovers above which one-move repairs (quadratic in servers) are not tried. */
  private static final int MOVE_LIMIT = 32;

  private static final int LINEAR_SCAN_LIMIT = BalancedPacking.LINEAR_SCAN_LIMIT;

  private final List<Capacity> tiers;
  private final Preference preference;
  private final Comparator<Cost> order;
  private final Packing balanced;

  Packer(List<Capacity> tiers, Preference preference) {
    this.tiers = tiers;
    this.preference = preference;
    this.order = Cost.order(preference);
    this.balanced = new BalancedPacking(tiers.size());
  }

  /** Packs {@code items} (sorted largest first) onto servers of the given tier counts. */
  List<Bin> pack(List<Item> items, int[] counts) {
    List<Item> leftovers = new ArrayList<>();
    List<Bin> bins = packWith(balanced, items, counts, leftovers);
    if (leftovers.isEmpty()) {
      return bins;
    }
    // Balancing spreads room thinly; when the mix is tight, packing tightly or by shape may need
    // no repair. Both then get the balancing moves.
    List<Bin> best = bins;
    if (items.size() <= TIGHT_LIMIT) {
      best = cheaper(best, packWith(new BestFitPacking(tiers.get(0).tier()), items, counts));
    }
    if ((long) bins.size() * items.size() <= SHAPE_WORK_LIMIT) {
      best = cheaper(best, packWith(new ShapePacking(tiers.get(tiers.size() - 1)), items, counts));
    }
    if (TargetPacking.applies(items)) {
      best = cheaper(best, packWith(new TargetPacking(balanced), items, counts));
    }
    if (best != bins) {
      rebalance(best);
    }
    return best;
  }

  private List<Bin> packWith(Packing packing, List<Item> items, int[] counts) {
    return packWith(packing, items, counts, new ArrayList<>());
  }

  /**
   * New servers of {@code counts}, packed and finished; what the packing left over stays listed.
   */
  private List<Bin> packWith(
      Packing packing, List<Item> items, int[] counts, List<Item> leftovers) {
    List<Bin> bins = newBins(counts);
    packing.pack(items, bins, leftovers);
    finish(bins, leftovers);
    return bins;
  }

  private List<Bin> cheaper(List<Bin> best, List<Bin> candidate) {
    return order.compare(costOf(candidate), costOf(best)) < 0 ? candidate : best;
  }

  private List<Bin> newBins(int[] counts) {
    List<Bin> bins = new ArrayList<>();
    for (int t = tiers.size() - 1; t >= 0; t--) {
      for (int i = 0; i < counts[t]; i++) {
        bins.add(new Bin(tiers.get(t), bins.size()));
      }
    }
    return bins;
  }

  private void finish(List<Bin> bins, List<Item> leftovers) {
    if (!leftovers.isEmpty() && leftovers.size() <= MOVE_LIMIT && bins.size() <= MOVE_LIMIT * 8) {
      leftovers.removeIf(item -> Slots.placeByMovingOne(item, bins));
    }
    if (!leftovers.isEmpty()) {
      repair(leftovers, bins);
    }
    retype(bins);
    emptyLeastLoaded(bins);
    retype(bins);
  }

  static Cost costOf(List<Bin> bins) {
    Cost c = Cost.ZERO;
    for (Bin b : bins) {
      c = c.plus(Cost.of(b.capacity.tier()));
    }
    return c;
  }

  /**
   * Moves items off the most utilised server while that lowers its utilisation and the receiver
   * stays below it: after tight packing, the same servers, loads as even as they allow.
   */
  private void rebalance(List<Bin> bins) {
    if (bins.size() > LINEAR_SCAN_LIMIT * 8) {
      return; // quadratic; large fleets are packed by the balanced rule
    }
    for (int round = 0; round < bins.size() * 20; round++) {
      Bin source = Slots.mostLoaded(bins);
      double before = source.utilisation();
      boolean moved = false;
      for (int i = source.items.size() - 1; i >= 0 && !moved; i--) {
        Item item = source.items.get(i);
        Bin target = Slots.leastLoadedFit(bins, item, b -> b != source);
        if (target != null && target.utilisationWith(item) < before) {
          target.add(source.take(i));
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  /**
   * Items that fit nowhere get servers of their own: the cheapest mix for just those items, then
   * the cheapest single tier for any that still do not fit.
   */
  private void repair(List<Item> leftovers, List<Bin> bins) {
    long[] machines = new long[tiers.size()];
    double[] churn = new double[tiers.size()];
    for (Item it : leftovers) {
      for (int t = 0; t <= it.minTier(); t++) {
        machines[t] += it.count();
        churn[t] += it.churnGiBPerDay();
      }
    }
    int[] counts = TierMixSolver.solve(tiers, machines, churn, preference, false).counts();
    List<Bin> added = new ArrayList<>();
    for (int t = tiers.size() - 1; t >= 0; t--) {
      for (int i = 0; i < counts[t]; i++) {
        added.add(new Bin(tiers.get(t), bins.size() + added.size()));
      }
    }
    bins.addAll(added);
    LeastLoadedSearch<Bin> search = new LeastLoadedSearch<>(added);
    for (Item item : leftovers) {
      Bin target = search.find(item);
      if (target == null) {
        target = addCheapestFor(bins, item);
        target.add(item);
        search.append(target);
      } else {
        target.add(item);
        search.changed(target);
      }
    }
  }

  private Bin addCheapestFor(List<Bin> bins, Item item) {
    Capacity cheapest = cheapestHolding(item.count(), item.churnGiBPerDay());
    if (cheapest == null) {
      throw new IllegalStateException(
          "item " + item.key() + " fits no tier; it should be unplaced");
    }
    Bin bin = new Bin(cheapest, bins.size());
    bins.add(bin);
    return bin;
  }

  /** The cheapest tier whose limits hold the load; null if none. */
  Capacity cheapestHolding(int machines, double churn) {
    return CheapestTier.holding(tiers, Capacity::tier, Capacity::limits, machines, churn);
  }

  private void retype(List<Bin> bins) {
    for (Bin b : bins) {
      Capacity cheapest = cheapestHolding(b.machines, b.churn);
      if (cheapest != null) {
        b.retype(cheapest);
      }
    }
  }

  /** Moves the items of the least-loaded servers elsewhere while the others have room. */
  private void emptyLeastLoaded(List<Bin> bins) {
    if (bins.size() > LINEAR_SCAN_LIMIT * 4) {
      return; // quadratic below; large fleets are sized by the mix, which leaves little slack
    }
    while (bins.size() > 1) {
      Bin victim = Slots.leastLoaded(bins);
      List<Bin> receivers = new ArrayList<>();
      boolean allFit = true;
      for (Item item : victim.items) {
        Bin target = Slots.leastLoadedFit(bins, item, b -> b != victim);
        if (target == null) {
          allFit = false;
          break;
        }
        target.add(item);
        receivers.add(target);
      }
      if (!allFit) {
        // Each receiver got its items last; take back as many as it got.
        for (Bin receiver : receivers) {
          receiver.take(receiver.items.size() - 1);
        }
        return;
      }
      bins.remove(victim);
    }
  }
}
