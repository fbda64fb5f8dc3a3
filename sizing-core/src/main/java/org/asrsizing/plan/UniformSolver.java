package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.model.Preference;

/**
 * The exact optimum for machines of identical churn (which includes every aggregate workload). A
 * server of tier t then holds k_t = min(machine limit, floor(churn limit / churn)) machines, so the
 * problem is one-dimensional: cover n machine slots at the least cost. With a management server
 * (classic architecture) slots come in groups: one configuration server and the process servers
 * registered to it, at most L machines per group. Two dynamic programs: the cheapest process
 * servers for s slots (s up to L), then the cheapest set of groups for n machines.
 */
final class UniformSolver {

  /** One unit of the solution: a configuration server with its process servers, or one server. */
  record Unit(int capacity, int[] tierCounts, Cost cost) {}

  private final List<Capacity> tiers;
  private final Comparator<Cost> order;
  private final Preference preference;
  private final Cost managementCost;
  private final int managementLimit;

  /**
   * @param tiers scale-out tiers as planned
   * @param managementCost cost of one non-replicating configuration server, or null when servers
   *     stand alone (appliances)
   * @param managementLimit machines per configuration server as planned
   */
  UniformSolver(
      List<Capacity> tiers, Preference preference, Cost managementCost, int managementLimit) {
    this.tiers = tiers;
    this.order = Cost.order(preference);
    this.preference = preference;
    this.managementCost = managementCost;
    this.managementLimit = managementLimit;
  }

  /** Machines of churn {@code churnEach} one server of each tier holds. */
  static int[] slotsPerServer(List<Capacity> tiers, double churnEach) {
    int[] k = new int[tiers.size()];
    for (int t = 0; t < tiers.size(); t++) {
      Capacity c = tiers.get(t);
      long byChurn =
          churnEach <= 0
              ? Long.MAX_VALUE
              : (long) Math.floor(c.maxChurnGiBPerDay() / churnEach * (1 + Capacity.EPSILON));
      k[t] = (int) Math.min(c.maxMachines(), byChurn);
    }
    return k;
  }

  /** The cheapest units covering {@code machines} machines of churn {@code churnEach}. */
  List<Unit> solve(int machines, double churnEach) {
    return cover(machines, candidates(churnEach));
  }

  /** The units a cover is made of, for machines of churn {@code churnEach}. */
  List<Unit> candidates(double churnEach) {
    int[] k = slotsPerServer(tiers, churnEach);
    return managementCost == null ? singleServers(k) : groups(k);
  }

  private List<Unit> singleServers(int[] k) {
    List<Unit> units = new ArrayList<>();
    for (int t = 0; t < tiers.size(); t++) {
      if (k[t] > 0) {
        int[] counts = new int[tiers.size()];
        counts[t] = 1;
        units.add(new Unit(k[t], counts, Cost.of(tiers.get(t).tier())));
      }
    }
    return units;
  }

  /** For each useful group size, the cheapest process servers; only the largest size per cost. */
  private List<Unit> groups(int[] k) {
    int limit = managementLimit;
    Cost[] best = new Cost[limit + 1];
    int[] choice = new int[limit + 1];
    best[0] = Cost.ZERO;
    for (int s = 1; s <= limit; s++) {
      for (int t = 0; t < tiers.size(); t++) {
        if (k[t] == 0) {
          continue;
        }
        Cost c = best[Math.max(0, s - k[t])].plus(Cost.of(tiers.get(t).tier()));
        if (best[s] == null || order.compare(c, best[s]) < 0) {
          best[s] = c;
          choice[s] = t;
        }
      }
    }
    List<Unit> units = new ArrayList<>();
    for (int s = 1; s <= limit; s++) {
      if (s == limit || order.compare(best[s], best[s + 1]) != 0) {
        int[] counts = new int[tiers.size()];
        for (int r = s; r > 0; r = Math.max(0, r - k[choice[r]])) {
          counts[choice[r]]++;
        }
        units.add(new Unit(s, counts, best[s].plus(managementCost)));
      }
    }
    return units;
  }

  /**
   * The cheapest multiset of units with total capacity of at least {@code machines}. A dynamic
   * program over machine counts, shortened for large counts: an optimal solution holds fewer than
   * cap(b) units other than the unit b of best cost per machine (among cap(b) units some subset's
   * capacity is a multiple of cap(b), and copies of b carry it for no more), so beyond cap(b) x
   * (largest capacity + 1) machines the rest is copies of b.
   */
  private List<Unit> cover(int machines, List<Unit> units) {
    int b = 0;
    int maxCap = 0;
    for (int u = 0; u < units.size(); u++) {
      maxCap = Math.max(maxCap, units.get(u).capacity());
      if (betterPerMachine(units.get(u), units.get(b))) {
        b = u;
      }
    }
    Unit best = units.get(b);
    long reach = (long) best.capacity() * (maxCap + 1);
    int copies =
        machines > reach ? (int) TierMixSolver.ceilDiv(machines - reach, best.capacity()) : 0;
    int rest = machines - copies * best.capacity();
    int[] choice = dynamicProgram(rest, units);
    List<Unit> chosen = new ArrayList<>();
    for (int n = rest; n > 0; n = Math.max(0, n - units.get(choice[n]).capacity())) {
      chosen.add(units.get(choice[n]));
    }
    for (int i = 0; i < copies; i++) {
      chosen.add(best);
    }
    chosen.sort(Comparator.comparingInt(Unit::capacity).reversed());
    return chosen;
  }

  /** Lexicographic comparison of cost per machine, by cross-multiplication (exact in longs). */
  private boolean betterPerMachine(Unit a, Unit b) {
    long[] ka = keys(a.cost());
    long[] kb = keys(b.cost());
    for (int i = 0; i < ka.length; i++) {
      long left = ka[i] * b.capacity();
      long right = kb[i] * a.capacity();
      if (left != right) {
        return left < right;
      }
    }
    return false;
  }

  private long[] keys(Cost c) {
    return preference == Preference.SERVERS
        ? new long[] {c.servers(), c.vcpus(), c.memoryGiB(), c.cacheDiskGiB()}
        : new long[] {c.vcpus(), c.servers(), c.memoryGiB(), c.cacheDiskGiB()};
  }

  /** For every count up to {@code machines}, the unit that ends a cheapest cover. */
  private int[] dynamicProgram(int machines, List<Unit> units) {
    int u = units.size();
    long[][] unitKeys = new long[u][];
    int[] caps = new int[u];
    for (int i = 0; i < u; i++) {
      unitKeys[i] = keys(units.get(i).cost());
      caps[i] = units.get(i).capacity();
    }
    long[] k1 = new long[machines + 1];
    long[] k2 = new long[machines + 1];
    long[] k3 = new long[machines + 1];
    long[] k4 = new long[machines + 1];
    int[] choice = new int[machines + 1];
    for (int n = 1; n <= machines; n++) {
      long b1 = Long.MAX_VALUE;
      long b2 = 0;
      long b3 = 0;
      long b4 = 0;
      int bc = -1;
      for (int i = 0; i < u; i++) {
        int from = Math.max(0, n - caps[i]);
        long[] k = unitKeys[i];
        long c1 = k1[from] + k[0];
        long c2 = k2[from] + k[1];
        long c3 = k3[from] + k[2];
        long c4 = k4[from] + k[3];
        if (c1 < b1 || c1 == b1 && (c2 < b2 || c2 == b2 && (c3 < b3 || c3 == b3 && c4 < b4))) {
          b1 = c1;
          b2 = c2;
          b3 = c3;
          b4 = c4;
          bc = i;
        }
      }
      k1[n] = b1;
      k2[n] = b2;
      k3[n] = b3;
      k4[n] = b4;
      choice[n] = bc;
    }
    return choice;
  }
}
