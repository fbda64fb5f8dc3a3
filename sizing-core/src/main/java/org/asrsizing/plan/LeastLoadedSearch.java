package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.placement.Limits;
import org.asrsizing.placement.Slots;

/**
 * Servers searched for the one {@link Slots#leastLoadedFit} picks, the fitting server with the
 * lowest utilisation after the move and the earliest on ties, without asking every server. A repair
 * places tens of thousands of machines on hundreds of new servers, one at a time, and a scan per
 * machine was most of a plan's time.
 *
 * <p>Servers of one capacity form a group, kept as a tree over their order whose nodes hold the
 * fewest machines and the least churn below them. Utilisation grows with machines and with churn,
 * so a node's fewest and least give a floor of every score below it, computed the same way; the
 * search walks the tree in server order and leaves out a node that cannot fit the machine or whose
 * floor is no lower than the best found, which comes earlier. The pick is exactly the scan's.
 */
final class LeastLoadedSearch {

  /** Where a server is: its group and its place there. */
  private record Place(Group group, int local) {}

  private final Map<Capacity, Group> groups = new LinkedHashMap<>();
  private final Map<Bin, Place> places = new IdentityHashMap<>();
  private int servers;

  /** A search over {@code bins}, in their order; more may be appended. */
  LeastLoadedSearch(List<Bin> bins) {
    for (Bin b : bins) {
      append(b);
    }
  }

  /** Adds {@code b}, after every server there is, as it stands now. */
  void append(Bin b) {
    Group g = groups.computeIfAbsent(b.capacity, Group::new);
    places.put(b, new Place(g, g.append(b, servers++)));
  }

  /** Takes in a change of {@code b}'s load. */
  void changed(Bin b) {
    Place p = places.get(b);
    p.group().update(p.local());
  }

  /** The server {@link Slots#leastLoadedFit} would pick for {@code item}; null if none fits. */
  Bin find(Item item) {
    Group best = null;
    for (Group g : groups.values()) {
      if (g.search(item)
          && (best == null
              || g.bestScore < best.bestScore
              || (g.bestScore == best.bestScore && g.bestPosition() < best.bestPosition()))) {
        best = g;
      }
    }
    return best == null ? null : best.bins.get(best.bestLocal);
  }

  /** The servers of one capacity, as a tree of their fewest machines and least churn. */
  private static final class Group {
    private final int machineLimit;
    private final double churnLimit;
    private final List<Bin> bins = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private int leaves = 1;
    private int[] fewest = new int[2];
    private double[] least = new double[2];

    private double bestScore;
    private int bestLocal;

    Group(Capacity c) {
      this.machineLimit = c.maxMachines();
      this.churnLimit = c.maxChurnGiBPerDay();
      fewest[1] = Integer.MAX_VALUE;
      least[1] = Double.POSITIVE_INFINITY;
    }

    /** Adds {@code b} at {@code position} among all servers; returns its place in the group. */
    int append(Bin b, int position) {
      bins.add(b);
      positions.add(position);
      if (bins.size() > leaves) {
        grow();
      } else {
        update(bins.size() - 1);
      }
      return bins.size() - 1;
    }

    int bestPosition() {
      return positions.get(bestLocal);
    }

    private void grow() {
      leaves *= 2;
      fewest = new int[2 * leaves];
      least = new double[2 * leaves];
      for (int i = 0; i < leaves; i++) {
        boolean there = i < bins.size();
        fewest[leaves + i] = there ? bins.get(i).machines : Integer.MAX_VALUE;
        least[leaves + i] = there ? bins.get(i).churn : Double.POSITIVE_INFINITY;
      }
      for (int n = leaves - 1; n >= 1; n--) {
        pull(n);
      }
    }

    void update(int local) {
      Bin b = bins.get(local);
      int n = leaves + local;
      fewest[n] = b.machines;
      least[n] = b.churn;
      for (n /= 2; n >= 1; n /= 2) {
        pull(n);
      }
    }

    private void pull(int n) {
      fewest[n] = Math.min(fewest[2 * n], fewest[2 * n + 1]);
      least[n] = Math.min(least[2 * n], least[2 * n + 1]);
    }

    /** Finds this group's pick for {@code item}; whether any of its servers fits it. */
    boolean search(Item item) {
      bestLocal = -1;
      if (machineLimit <= 0 || churnLimit <= 0) {
        scan(item); // utilisation is not a plain ratio there: ask each server as the scan does
      } else {
        search(1, 0, leaves, item.count(), item.churnGiBPerDay());
      }
      return bestLocal >= 0;
    }

    private void search(int node, int from, int to, int count, double churn) {
      if (from >= bins.size()) {
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
        bestScore = floor; // a server's own floor is its score
        bestLocal = from;
        return;
      }
      int middle = (from + to) >>> 1;
      search(2 * node, from, middle, count, churn);
      search(2 * node + 1, middle, to, count, churn);
    }

    private void scan(Item item) {
      Bin found = Slots.leastLoadedFit(bins, item);
      if (found != null) {
        bestLocal = bins.indexOf(found);
        bestScore = found.utilisationWith(item);
      }
    }
  }
}
