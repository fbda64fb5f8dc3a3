package org.asrsizing.placement;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Slots searched for the one {@link Slots#leastLoadedFit} picks, the fitting slot with the lowest
 * utilisation after the move and the earliest on ties, without asking every slot. Loads placed one
 * at a time on thousands of servers (a plan's repair, a month's new machines in a timeline) made a
 * scan per load most of the time, and quadratic in the fleet.
 *
 * <p>Slots of the same limits form a group, kept as a tree over their order whose nodes hold the
 * fewest machines and the least churn below them. Utilisation grows with machines and with churn,
 * so a node's fewest and least give a floor of every score below it, computed the same way; the
 * search walks the tree in slot order and leaves out a node that cannot fit the load or whose floor
 * is no lower than the best found, which comes earlier. The pick is exactly the scan's, for slots
 * that keep {@link Slot}'s own {@code fits} and {@code utilisationWith}.
 *
 * <p>A slot may also be held to an allowance outside itself, such as the machines its configuration
 * server may still manage: it is eligible for a load of at most that many machines. An allowance
 * may fall without notice while the search is used (never rise): the tree keeps the largest below
 * each node as last seen, which bounds the true ones from above, and a slot's own is read again
 * when the search reaches it.
 *
 * @param <S> the slots
 */
public final class LeastLoadedSearch<S extends Slot> {

  /** Where a slot is: its group and its place there. */
  private record Place<S extends Slot>(Group<S> group, int local) {}

  private final Map<Limits, Group<S>> groups = new LinkedHashMap<>();
  private final Map<S, Place<S>> places = new IdentityHashMap<>();
  private final ToIntFunction<? super S> allowance;
  private int slots;

  /** A search over {@code slots}, in their order, with no allowance; more may be appended. */
  public LeastLoadedSearch(List<S> slots) {
    this(slots, s -> Integer.MAX_VALUE);
  }

  /**
   * A search over {@code slots}, in their order, each eligible for a load of at most {@code
   * allowance} machines; more may be appended.
   */
  public LeastLoadedSearch(List<S> slots, ToIntFunction<? super S> allowance) {
    this.allowance = allowance;
    for (S s : slots) {
      append(s);
    }
  }

  /** Adds {@code s}, after every slot there is, as it stands now. */
  public void append(S s) {
    Group<S> g =
        groups.computeIfAbsent(
            new Limits(s.machineLimit(), s.churnLimitGiBPerDay()), l -> new Group<>(l, allowance));
    places.put(s, new Place<>(g, g.append(s, slots++)));
  }

  /** Takes in a change of {@code s}'s load. */
  public void changed(S s) {
    Place<S> p = places.get(s);
    p.group().update(p.local());
  }

  /** The slot {@link Slots#leastLoadedFit} would pick for {@code load}; null if none fits. */
  public S find(Load load) {
    Group<S> best = null;
    for (Group<S> g : groups.values()) {
      if (g.search(load)
          && (best == null
              || g.bestScore < best.bestScore
              || (g.bestScore == best.bestScore && g.bestPosition() < best.bestPosition()))) {
        best = g;
      }
    }
    return best == null ? null : best.slots.get(best.bestLocal);
  }

  /** The slots of one limits, as a tree of their fewest machines, least churn, most allowance. */
  private static final class Group<S extends Slot> {
    private final int machineLimit;
    private final double churnLimit;
    private final ToIntFunction<? super S> allowance;
    private final List<S> slots = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private int leaves = 1;
    private int[] fewest = new int[2];
    private double[] least = new double[2];
    private int[] most = new int[2];

    private double bestScore;
    private int bestLocal;

    Group(Limits limits, ToIntFunction<? super S> allowance) {
      this.machineLimit = limits.machines();
      this.churnLimit = limits.churnGiBPerDay();
      this.allowance = allowance;
      fewest[1] = Integer.MAX_VALUE;
      least[1] = Double.POSITIVE_INFINITY;
      most[1] = Integer.MIN_VALUE;
    }

    /** Adds {@code s} at {@code position} among all slots; returns its place in the group. */
    int append(S s, int position) {
      slots.add(s);
      positions.add(position);
      if (slots.size() > leaves) {
        grow();
      } else {
        update(slots.size() - 1);
      }
      return slots.size() - 1;
    }

    int bestPosition() {
      return positions.get(bestLocal);
    }

    private void grow() {
      leaves *= 2;
      fewest = new int[2 * leaves];
      least = new double[2 * leaves];
      most = new int[2 * leaves];
      for (int i = 0; i < leaves; i++) {
        boolean there = i < slots.size();
        fewest[leaves + i] = there ? slots.get(i).machines() : Integer.MAX_VALUE;
        least[leaves + i] = there ? slots.get(i).churnGiBPerDay() : Double.POSITIVE_INFINITY;
        most[leaves + i] = there ? allowance.applyAsInt(slots.get(i)) : Integer.MIN_VALUE;
      }
      for (int n = leaves - 1; n >= 1; n--) {
        pull(n);
      }
    }

    void update(int local) {
      S s = slots.get(local);
      int n = leaves + local;
      fewest[n] = s.machines();
      least[n] = s.churnGiBPerDay();
      most[n] = allowance.applyAsInt(s);
      for (n /= 2; n >= 1; n /= 2) {
        pull(n);
      }
    }

    private void pull(int n) {
      fewest[n] = Math.min(fewest[2 * n], fewest[2 * n + 1]);
      least[n] = Math.min(least[2 * n], least[2 * n + 1]);
      most[n] = Math.max(most[2 * n], most[2 * n + 1]);
    }

    /** Finds this group's pick for {@code load}; whether any of its slots fits it. */
    boolean search(Load load) {
      bestLocal = -1;
      if (machineLimit <= 0 || churnLimit <= 0) {
        scan(load); // utilisation is not a plain ratio there: ask each slot as the scan does
      } else {
        search(1, 0, leaves, load.count(), load.churnGiBPerDay());
      }
      return bestLocal >= 0;
    }

    private void search(int node, int from, int to, int count, double churn) {
      if (from >= slots.size() || most[node] < count) {
        return;
      }
      // The tests and the score of Slot.fits and Slot.utilisationWith, on the node's floor.
      int machines = fewest[node];
      double churnAfter = least[node] + churn;
      if (machines + count > machineLimit || !Limits.withinChurn(churnAfter, churnLimit)) {
        return;
      }
      double floor = Limits.utilisation(machines + count, churnAfter, machineLimit, churnLimit);
      if (bestLocal >= 0 && floor >= bestScore) {
        return;
      }
      if (to - from == 1) {
        if (allowance.applyAsInt(slots.get(from)) != most[node]) {
          update(from); // its allowance fell since it was last seen: look again with the new one
          search(node, from, to, count, churn);
          return;
        }
        bestScore = floor; // a slot's own floor is its score
        bestLocal = from;
        return;
      }
      int middle = (from + to) >>> 1;
      search(2 * node, from, middle, count, churn);
      search(2 * node + 1, middle, to, count, churn);
    }

    private void scan(Load load) {
      S found = Slots.leastLoadedFit(slots, load, s -> allowance.applyAsInt(s) >= load.count());
      if (found != null) {
        bestLocal = slots.indexOf(found);
        bestScore = found.utilisationWith(load);
      }
    }
  }
}
