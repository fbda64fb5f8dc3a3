package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.asrsizing.model.Preference;

/**
 * Places items on servers: largest item first onto the server whose utilisation after the move,
 * max(machines / limit, churn / limit), is lowest, which packs and balances at once. Servers that
 * turn out too few are added (cheapest tier that holds the item); afterwards each server is
 * re-typed to the cheapest tier that holds its load and the least-loaded servers are emptied where
 * the others have room.
 */
final class Packer {

  /** Below this many servers a linear scan beats the heaps. */
  private static final int LINEAR_SCAN_LIMIT = 48;

  /** A server being filled. */
  static final class Bin {
    Capacity capacity;
    int machines;
    double churn;
    final int serial;
    final List<Item> items = new ArrayList<>();

    Bin(Capacity capacity, int serial) {
      this.capacity = capacity;
      this.serial = serial;
    }

    boolean fits(Item item) {
      return capacity.holds(machines + item.count(), churn + item.churnGiBPerDay());
    }

    double utilisationWith(Item item) {
      return capacity.utilisation(machines + item.count(), churn + item.churnGiBPerDay());
    }

    /** Cached: the heaps compare it a million times per plan. */
    private double utilisation;

    /** Counts changes of load, so that heap entries made before a change are recognised. */
    int version;

    double churnRoom() {
      return capacity.maxChurnGiBPerDay() - churn;
    }

    double utilisation() {
      return utilisation;
    }

    void retype(Capacity newCapacity) {
      capacity = newCapacity;
      utilisation = capacity.utilisation(machines, churn);
    }

    /** Removes the item at {@code index}. */
    Item take(int index) {
      Item item = items.remove(index);
      machines -= item.count();
      churn -= item.churnGiBPerDay();
      utilisation = capacity.utilisation(machines, churn);
      version++;
      return item;
    }

    /** Least churn room first, then the later server. */
    static final Comparator<Bin> LEAST_CHURN_ROOM =
        (a, b) -> {
          int c = Double.compare(a.churnRoom(), b.churnRoom());
          return c != 0 ? c : Integer.compare(b.serial, a.serial);
        };

    /** Lowest utilisation first, then the earlier server: a total order, for determinism. */
    static final Comparator<Bin> LEAST_LOADED =
        (a, b) -> {
          int c = Double.compare(a.utilisation(), b.utilisation());
          return c != 0 ? c : Integer.compare(a.serial, b.serial);
        };

    void add(Item item) {
      items.add(item);
      machines += item.count();
      churn += item.churnGiBPerDay();
      utilisation = capacity.utilisation(machines, churn);
      version++;
    }
  }

  private final List<Capacity> tiers;
  private final Preference preference;
  private final Comparator<Cost> order;

  Packer(List<Capacity> tiers, Preference preference) {
    this.tiers = tiers;
    this.preference = preference;
    this.order = Cost.order(preference);
  }

  /** Packs {@code items} (sorted largest first) onto servers of the given tier counts. */
  List<Bin> pack(List<Item> items, int[] counts) {
    List<Item> leftovers = new ArrayList<>();
    List<Bin> bins = newBins(counts);
    if (bins.size() <= LINEAR_SCAN_LIMIT) {
      for (Item item : items) {
        Bin target = leastLoadedFit(bins, item, null);
        if (target == null) {
          leftovers.add(item);
        } else {
          target.add(item);
        }
      }
    } else {
      packWithHeaps(items, bins, leftovers);
    }
    finish(bins, leftovers);
    if (leftovers.isEmpty()) {
      return bins;
    }
    // Balancing spreads room thinly; when the mix is tight, packing tightly or by shape may need
    // no repair. Both then get the balancing moves.
    List<Bin> best = bins;
    if (items.size() <= TIGHT_LIMIT) {
      List<Item> tightLeftovers = new ArrayList<>();
      List<Bin> tight = newBins(counts);
      packTightly(items, tight, tightLeftovers);
      finish(tight, tightLeftovers);
      if (order.compare(costOf(tight), costOf(best)) < 0) {
        best = tight;
      }
    }
    if ((long) bins.size() * items.size() <= SHAPE_WORK_LIMIT) {
      List<Item> shapeLeftovers = new ArrayList<>();
      List<Bin> shaped = newBins(counts);
      packByShape(items, shaped, shapeLeftovers);
      finish(shaped, shapeLeftovers);
      if (order.compare(costOf(shaped), costOf(best)) < 0) {
        best = shaped;
      }
    }
    List<Item> targetLeftovers = new ArrayList<>();
    List<Bin> targeted = newBins(counts);
    if (packToTargets(items, targeted, targetLeftovers)) {
      finish(targeted, targetLeftovers);
      if (order.compare(costOf(targeted), costOf(best)) < 0) {
        best = targeted;
      }
    }
    if (best != bins) {
      rebalance(best);
    }
    return best;
  }

  /**
   * Fills servers one by one to their share of the load in both dimensions: share(machines) = limit
   * x n / total slots and share(churn) = limit x W / total churn room, always taking the machine
   * whose churn is closest to the average the server still needs. When a mix covers the load with
   * little room in either dimension, every server has to be filled at its own ratio of churn per
   * machine, which neither balancing nor best fit aims for. Heavy machines (above four times the
   * average) go first, by the balanced rule. Single machines only; false otherwise.
   */
  private boolean packToTargets(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    long slots = 0;
    double room = 0;
    double churn = 0;
    for (Item item : items) {
      if (item.count() != 1) {
        return false;
      }
      churn += item.churnGiBPerDay();
    }
    for (Bin b : bins) {
      slots += b.capacity.maxMachines();
      room += b.capacity.maxChurnGiBPerDay();
    }
    double heavy = 4 * churn / items.size();
    // Items come largest first; the light ones, ascending, are what the servers pick from.
    List<Item> light = new ArrayList<>();
    PriorityQueue<Entry> byRoom = new PriorityQueue<>(HIGHEST_KEY);
    for (Bin b : bins) {
      byRoom.add(new Entry(b.churnRoom(), b, b.version));
    }
    for (Item item : items) {
      if (item.churnGiBPerDay() > heavy) {
        Bin target = anyFit(byRoom, item);
        if (target == null) {
          leftovers.add(item);
        } else {
          target.add(item);
        }
      } else {
        light.add(item);
      }
    }
    java.util.Collections.reverse(light);
    ClosestPicker picker = new ClosestPicker(light);
    double machineShare = (double) items.size() / slots;
    double churnShare = churn / room;
    List<Item> later = new ArrayList<>();
    for (Bin b : bins) {
      int count = (int) Math.floor(b.capacity.maxMachines() * machineShare);
      double budget = b.capacity.maxChurnGiBPerDay() * churnShare;
      while (b.machines < count && !picker.isEmpty()) {
        double want = Math.max(0, budget - b.churn) / (count - b.machines);
        Item item = picker.take(want);
        if (!b.fits(item)) {
          later.add(item); // this server is full: the rest go to the others
          break;
        }
        b.add(item);
      }
    }
    later.addAll(picker.rest());
    later.sort(Item.LARGEST_FIRST);
    if (bins.size() > LINEAR_SCAN_LIMIT) {
      packWithHeaps(later, bins, leftovers);
      return true;
    }
    for (Item item : later) {
      Bin target = leastLoadedFit(bins, item, null);
      if (target == null) {
        leftovers.add(item);
      } else {
        target.add(item);
      }
    }
    return true;
  }

  /**
   * Takes, from items in ascending churn, the unused one closest to a wanted churn: a binary
   * search, then the nearest unused neighbours through path-compressed skip pointers, so a million
   * picks take well under a second.
   */
  private static final class ClosestPicker {
    private final List<Item> items;
    private final double[] churn;
    private final int[] up;
    private final int[] down;
    private int left;

    ClosestPicker(List<Item> ascending) {
      items = ascending;
      int n = ascending.size();
      churn = new double[n];
      up = new int[n + 2];
      down = new int[n + 2];
      for (int i = 0; i < n; i++) {
        churn[i] = ascending.get(i).churnGiBPerDay();
      }
      // Positions are shifted by one: 0 and n + 1 are sentinels that are never used.
      for (int i = 0; i < n + 2; i++) {
        up[i] = i;
        down[i] = i;
      }
      left = n;
    }

    boolean isEmpty() {
      return left == 0;
    }

    Item take(double want) {
      int at = java.util.Arrays.binarySearch(churn, want);
      int insertion = at >= 0 ? at : -at - 1;
      int above = find(up, insertion + 1);
      int below = find(down, insertion);
      int n = churn.length;
      int pick;
      if (above > n) {
        pick = below;
      } else if (below < 1) {
        pick = above;
      } else {
        pick = want - churn[below - 1] <= churn[above - 1] - want ? below : above;
      }
      up[pick] = pick + 1;
      down[pick] = pick - 1;
      left--;
      return items.get(pick - 1);
    }

    List<Item> rest() {
      List<Item> rest = new ArrayList<>();
      for (int i = find(up, 1); i <= churn.length; i = find(up, i + 1)) {
        rest.add(items.get(i - 1));
      }
      return rest;
    }

    /** The first unused position from {@code i} on, in the direction the pointers lead. */
    private static int find(int[] next, int i) {
      int root = i;
      while (next[root] != root) {
        root = next[root];
      }
      while (next[i] != root) {
        int step = next[i];
        next[i] = root;
        i = step;
      }
      return root;
    }
  }

  /**
   * Makes room for an item that fits nowhere by moving one machine: off a server that has the churn
   * room but no free slot (its lightest machine), or off a server that has a slot but too little
   * churn room (a machine heavy enough to make the room), onto a third server that holds it. Before
   * buying a server for a leftover, this finds the room tight packings leave.
   */
  private static boolean placeByMovingOne(Item item, List<Bin> bins) {
    for (Bin host : bins) {
      if (host.fits(item)) {
        host.add(item);
        return true;
      }
    }
    for (Bin host : bins) {
      for (int i = host.items.size() - 1; i >= 0; i--) {
        Item moved = host.items.get(i);
        boolean roomAfter =
            host.capacity.holds(
                host.machines - moved.count() + item.count(),
                host.churn - moved.churnGiBPerDay() + item.churnGiBPerDay());
        if (!roomAfter) {
          continue;
        }
        for (Bin other : bins) {
          if (other != host && other.fits(moved)) {
            other.add(host.take(i));
            host.add(item);
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Machines above which best fit is not tried: on large fleets packing to targets does better and
   * one packing of a million machines is most of the time budget.
   */
  private static final int TIGHT_LIMIT = 200_000;

  /** Servers times machines above which the shape rule's scan of every server is too slow. */
  private static final long SHAPE_WORK_LIMIT = 20_000_000;

  /** Leftovers above which one-move repairs (quadratic in servers) are not tried. */
  private static final int MOVE_LIMIT = 32;

  /**
   * The dot-product rule of Panigrahy et al. (2011): each item onto the fitting server whose
   * remaining room points most in the item's direction (machines and churn, each relative to the
   * largest tier), so that servers with much churn room per free slot get the heavy machines.
   */
  private void packByShape(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    Capacity largest = tiers.get(tiers.size() - 1);
    double scaleMachines = largest.maxMachines();
    double scaleChurn = largest.maxChurnGiBPerDay();
    for (Item item : items) {
      Bin target = null;
      double bestScore = -1;
      double a = item.count() / scaleMachines;
      double b = item.churnGiBPerDay() / scaleChurn;
      for (Bin bin : bins) {
        if (!bin.fits(item)) {
          continue;
        }
        double score =
            a * (bin.capacity.maxMachines() - bin.machines) / scaleMachines
                + b * bin.churnRoom() / scaleChurn;
        if (score > bestScore) {
          bestScore = score;
          target = bin;
        }
      }
      if (target == null) {
        leftovers.add(item);
      } else {
        target.add(item);
      }
    }
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
      leftovers.removeIf(item -> placeByMovingOne(item, bins));
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

  /** Best fit decreasing: each item onto the server with the least churn room that holds it. */
  private void packTightly(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    TreeSet<Bin> byRoom = new TreeSet<>(Bin.LEAST_CHURN_ROOM);
    bins.forEach(byRoom::add);
    Bin probe = new Bin(new Capacity(-1, tiers.get(0).tier(), 0, 0), -1);
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

  /**
   * Moves items off the most utilised server while that lowers its utilisation and the receiver
   * stays below it: after tight packing, the same servers, loads as even as they allow.
   */
  private void rebalance(List<Bin> bins) {
    if (bins.size() > LINEAR_SCAN_LIMIT * 8) {
      return; // quadratic; large fleets are packed by the balanced rule
    }
    for (int round = 0; round < bins.size() * 20; round++) {
      Bin source = bins.stream().max(Bin.LEAST_LOADED).orElseThrow();
      double before = source.utilisation();
      boolean moved = false;
      for (int i = source.items.size() - 1; i >= 0 && !moved; i--) {
        Item item = source.items.get(i);
        Bin target = leastLoadedFit(bins, item, source);
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
    for (Item item : leftovers) {
      Bin target = leastLoadedFit(added, item, null);
      if (target == null) {
        target = addCheapestFor(bins, item);
        added.add(target);
      }
      target.add(item);
    }
  }

  /**
   * A heap entry: a server and its key when the entry was made. Servers only gain load while
   * packing, so a load key can only be too low and a room key only too high: stale entries are
   * recognised when they surface and dropped or refreshed then (lazy updates), which spares a heap
   * update per server for every placement.
   */
  private record Entry(double key, Bin bin, int version) {}

  private static final Comparator<Entry> LOWEST_KEY =
      (a, b) -> {
        int c = Double.compare(a.key, b.key);
        return c != 0 ? c : Integer.compare(a.bin.serial, b.bin.serial);
      };

  private static final Comparator<Entry> HIGHEST_KEY =
      (a, b) -> {
        int c = Double.compare(b.key, a.key);
        return c != 0 ? c : Integer.compare(a.bin.serial, b.bin.serial);
      };

  /**
   * Per tier, a heap by load, whose top is the tier's best candidate, and a heap by churn room,
   * which finds a server that still fits when the least-loaded one does not (late in the packing,
   * when servers are nearly full).
   */
  private void packWithHeaps(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    List<PriorityQueue<Entry>> byLoad = new ArrayList<>();
    List<PriorityQueue<Entry>> byRoom = new ArrayList<>();
    for (int t = 0; t < tiers.size(); t++) {
      byLoad.add(new PriorityQueue<>(LOWEST_KEY));
      byRoom.add(new PriorityQueue<>(HIGHEST_KEY));
    }
    for (Bin b : bins) {
      byLoad.get(b.capacity.index()).add(new Entry(b.utilisation(), b, b.version));
      byRoom.get(b.capacity.index()).add(new Entry(b.churnRoom(), b, b.version));
    }
    for (Item item : items) {
      Bin target = null;
      double targetUtil = Double.MAX_VALUE;
      for (int t = 0; t < tiers.size(); t++) {
        Bin candidate = leastLoaded(byLoad.get(t));
        if (candidate != null && !candidate.fits(item)) {
          candidate = anyFit(byRoom.get(t), item);
        }
        if (candidate != null && candidate.utilisationWith(item) < targetUtil) {
          target = candidate;
          targetUtil = candidate.utilisationWith(item);
        }
      }
      if (target == null) {
        leftovers.add(item);
        continue;
      }
      target.add(item);
      byLoad
          .get(target.capacity.index())
          .add(new Entry(target.utilisation(), target, target.version));
    }
  }

  /** The server with the lowest load; entries older than their server's last change are dropped. */
  private static Bin leastLoaded(PriorityQueue<Entry> byLoad) {
    Entry top = byLoad.peek();
    while (top != null && top.version != top.bin.version) {
      byLoad.poll();
      top = byLoad.peek();
    }
    return top == null ? null : top.bin;
  }

  /** A server with room for the item: the one with most churn room that has machine room. */
  private static Bin anyFit(PriorityQueue<Entry> byRoom, Item item) {
    List<Entry> passed = new ArrayList<>();
    Bin found = null;
    while (!byRoom.isEmpty()) {
      Entry top = byRoom.peek();
      Bin b = top.bin;
      if (b.machines >= b.capacity.maxMachines()) {
        byRoom.poll(); // full for good: no machine leaves a server while packing
        continue;
      }
      if (top.key > b.churnRoom()) {
        byRoom.poll();
        byRoom.add(new Entry(b.churnRoom(), b, b.version));
        continue;
      }
      if (!Capacity.withinChurn(b.churn + item.churnGiBPerDay(), b.capacity.maxChurnGiBPerDay())) {
        break; // the top is exact, so no server of this tier has the churn room
      }
      if (b.fits(item)) {
        found = b;
        break;
      }
      passed.add(byRoom.poll()); // a group with too many machines for this one; look further
    }
    byRoom.addAll(passed);
    return found;
  }

  /** The fitting bin with the lowest utilisation after the move; the earliest on ties. */
  private static Bin leastLoadedFit(Iterable<Bin> bins, Item item, Bin exclude) {
    Bin best = null;
    double bestUtil = Double.MAX_VALUE;
    for (Bin b : bins) {
      if (b != exclude && b.fits(item)) {
        double u = b.utilisationWith(item);
        if (u < bestUtil) {
          best = b;
          bestUtil = u;
        }
      }
    }
    return best;
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

  /** The cheapest tier, by the preference's order, whose limits hold the load; null if none. */
  Capacity cheapestHolding(int machines, double churn) {
    Capacity best = null;
    for (Capacity c : tiers) {
      if (c.holds(machines, churn)
          && (best == null || order.compare(Cost.of(c.tier()), Cost.of(best.tier())) < 0)) {
        best = c;
      }
    }
    return best;
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
      Bin victim = bins.stream().min(Bin.LEAST_LOADED).orElseThrow();
      List<Bin> receivers = new ArrayList<>();
      boolean allFit = true;
      for (Item item : victim.items) {
        Bin target = leastLoadedFit(bins, item, victim);
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
