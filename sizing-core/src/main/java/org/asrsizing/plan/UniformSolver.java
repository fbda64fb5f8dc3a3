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
    int[] k = slotsPerServer(tiers, churnEach);
    List<Unit> candidates = managementCost == null ? singleServers(k) : groups(k);
    return cover(machines, candidates);
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

  private List<Unit> cover(int machines, List<Unit> units) {
    Cost[] best = new Cost[machines + 1];
    int[] choice = new int[machines + 1];
    best[0] = Cost.ZERO;
    for (int n = 1; n <= machines; n++) {
      for (int u = 0; u < units.size(); u++) {
        Unit unit = units.get(u);
        Cost c = best[Math.max(0, n - unit.capacity())].plus(unit.cost());
        if (best[n] == null || order.compare(c, best[n]) < 0) {
          best[n] = c;
          choice[n] = u;
        }
      }
    }
    List<Unit> chosen = new ArrayList<>();
    for (int n = machines; n > 0; n = Math.max(0, n - units.get(choice[n]).capacity())) {
      chosen.add(units.get(choice[n]));
    }
    chosen.sort(Comparator.comparingInt(Unit::capacity).reversed());
    return chosen;
  }
}
