package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.model.Preference;

/**
 * The cheapest multiset of tiers whose combined limits cover a load: an integer program over how
 * many servers of each tier to deploy. Constraints, for every tier t: the tiers at or above t must
 * have room for the machines that fit nowhere smaller ({@code needMachines[t]}, {@code
 * needChurn[t]}); at t = 0 that is the whole load. Depth-first over tiers, largest first, pruned by
 * the linear-programming relaxation of what is left.
 */
final class TierMixSolver {

  /** Search nodes after which the best plan found so far is returned, unproven. */
  static final long NODE_LIMIT = 5_000_000;

  /** The result: counts per tier, their cost, and a proven lower bound on the primary cost. */
  record Mix(int[] counts, Cost cost, long lowerBoundPrimary, boolean proven) {}

  private final List<Capacity> tiers;
  private final Preference preference;
  private final Comparator<Cost> order;
  private final boolean boundOnly;
  private final long[] needMachines;
  private final double[] needChurn;
  private final int[] counts;
  private final int keep;
  private final long slack;
  private final List<Mix> kept = new ArrayList<>();
  private long nodes;

  private TierMixSolver(
      List<Capacity> tiers,
      long[] needMachines,
      double[] needChurn,
      Preference preference,
      boolean boundOnly,
      int keep) {
    this.tiers = tiers;
    this.keep = keep;
    // Alternatives up to two of the largest servers dearer than the best are worth packing.
    this.slack =
        2 * (preference == Preference.SERVERS ? 1 : tiers.get(tiers.size() - 1).tier().vcpus());
    this.needMachines = needMachines;
    this.needChurn = needChurn;
    this.preference = preference;
    this.order = Cost.order(preference);
    this.boundOnly = boundOnly;
    this.counts = new int[tiers.size()];
  }

  /**
   * Solves the program.
   *
   * @param needMachines for each tier, machines that fit no smaller tier (index 0: all machines)
   * @param needChurn the same for churn
   * @param boundOnly when true, only the primary cost matters (for lower bounds), which prunes more
   */
  static Mix solve(
      List<Capacity> tiers,
      long[] needMachines,
      double[] needChurn,
      Preference preference,
      boolean boundOnly) {
    return solveBest(tiers, needMachines, needChurn, preference, boundOnly, 1).get(0);
  }

  /**
   * The {@code keep} cheapest distinct mixes, cheapest first: when the cheapest cannot be packed
   * (its limits cover the load only in sum), the next ones may pack for less than its repair.
   */
  static List<Mix> solveBest(
      List<Capacity> tiers,
      long[] needMachines,
      double[] needChurn,
      Preference preference,
      boolean boundOnly,
      int keep) {
    return new TierMixSolver(tiers, needMachines, needChurn, preference, boundOnly, keep).run();
  }

  private List<Mix> run() {
    int top = tiers.size() - 1;
    long rootBound = lpBound(top + 1, needMachines[0], needChurn[0]);
    // A feasible start: only the largest tier, as many as either dimension needs.
    Capacity largest = tiers.get(top);
    int n =
        (int)
            Math.max(
                ceilDiv(needMachines[0], largest.maxMachines()),
                ceilDiv(needChurn[0], largest.maxChurnGiBPerDay()));
    int[] start = new int[tiers.size()];
    start[top] = n;
    offer(start, Cost.of(largest.tier()).times(n));
    search(top, Cost.ZERO, 0, 0);
    boolean proven = nodes < NODE_LIMIT;
    long bound = proven ? kept.get(0).cost().primary(preference) : rootBound;
    List<Mix> result = new ArrayList<>();
    for (Mix m : kept) {
      result.add(new Mix(m.counts(), m.cost(), bound, proven));
    }
    return result;
  }

  private void offer(int[] candidate, Cost cost) {
    for (Mix m : kept) {
      if (Arrays.equals(m.counts(), candidate)) {
        return;
      }
    }
    int at = 0;
    while (at < kept.size() && order.compare(kept.get(at).cost(), cost) <= 0) {
      at++;
    }
    if (at >= keep) {
      return;
    }
    kept.add(at, new Mix(candidate.clone(), cost, 0, false));
    if (kept.size() > keep) {
      kept.remove(kept.size() - 1);
    }
  }

  /** Nodes whose bound exceeds this primary cost cannot yield a mix worth keeping. */
  private long threshold() {
    long best = kept.get(0).cost().primary(preference);
    if (keep == 1) {
      return best;
    }
    return kept.size() >= keep
        ? kept.get(kept.size() - 1).cost().primary(preference)
        : best + slack;
  }

  private void search(int t, Cost soFar, long slots, double churn) {
    if (++nodes >= NODE_LIMIT) {
      return;
    }
    Capacity c = tiers.get(t);
    Cost unit = Cost.of(c.tier());
    long lo =
        Math.max(
            ceilDiv(needMachines[t] - slots, c.maxMachines()),
            ceilDiv(needChurn[t] - churn, c.maxChurnGiBPerDay()));
    lo = Math.max(0, lo);
    long hi =
        Math.max(
            lo,
            Math.max(
                ceilDiv(needMachines[0] - slots, c.maxMachines()),
                ceilDiv(needChurn[0] - churn, c.maxChurnGiBPerDay())));
    for (long x = lo; x <= hi; x++) {
      Cost cost = soFar.plus(unit.times(x));
      long s = slots + x * c.maxMachines();
      double w = churn + x * c.maxChurnGiBPerDay();
      long remainingBound = t == 0 ? 0 : lpBound(t, needMachines[0] - s, needChurn[0] - w);
      long boundPrimary = cost.primary(preference) + remainingBound;
      long bestPrimary = threshold();
      if (boundPrimary > bestPrimary || (boundOnly && boundPrimary >= bestPrimary)) {
        // Bounds only grow with x once the remaining load is covered; keep scanning otherwise.
        if (remainingBound == 0) {
          return;
        }
        continue;
      }
      counts[t] = (int) x;
      if (t == 0) {
        if (s >= needMachines[0] && Capacity.withinChurn(needChurn[0], w)) {
          offer(counts, cost);
        }
      } else {
        search(t - 1, cost, s, w);
      }
      counts[t] = 0;
      if (nodes >= NODE_LIMIT) {
        return;
      }
    }
  }

  /**
   * Lower bound on the primary cost of covering {@code machines} and {@code churn} with tiers
   * {@code 0..limit-1}: the optimum of the linear relaxation, whose optimal vertex uses one tier or
   * two with both constraints tight, rounded up.
   */
  private long lpBound(int limit, long machines, double churn) {
    if (machines <= 0 && churn <= 1e-9) {
      return 0;
    }
    if (limit == 0) {
      return Long.MAX_VALUE / 4;
    }
    double a = Math.max(0, machines);
    double b = Math.max(0, churn);
    double bestValue = Double.MAX_VALUE;
    for (int s = 0; s < limit; s++) {
      Capacity cs = tiers.get(s);
      double ys = Math.max(a / cs.maxMachines(), b / cs.maxChurnGiBPerDay());
      bestValue = Math.min(bestValue, ys * primaryOf(cs));
      for (int r = s + 1; r < limit; r++) {
        Capacity cr = tiers.get(r);
        double det =
            cs.maxMachines() * cr.maxChurnGiBPerDay() - cr.maxMachines() * cs.maxChurnGiBPerDay();
        if (Math.abs(det) < 1e-12) {
          continue;
        }
        double y1 = (a * cr.maxChurnGiBPerDay() - cr.maxMachines() * b) / det;
        double y2 = (cs.maxMachines() * b - a * cs.maxChurnGiBPerDay()) / det;
        if (y1 >= 0 && y2 >= 0) {
          bestValue = Math.min(bestValue, y1 * primaryOf(cs) + y2 * primaryOf(cr));
        }
      }
    }
    return (long) Math.ceil(bestValue - 1e-7);
  }

  private long primaryOf(Capacity c) {
    return preference == Preference.SERVERS ? 1 : c.tier().vcpus();
  }

  static long ceilDiv(long value, long divisor) {
    return value <= 0 ? 0 : (value + divisor - 1) / divisor;
  }

  static long ceilDiv(double value, double divisor) {
    if (value <= 0) {
      return 0;
    }
    double q = value / divisor;
    long f = (long) Math.floor(q);
    // Inclusive limits: a load equal to k limits (up to rounding) needs k servers, not k + 1.
    return Capacity.withinChurn(value, f * divisor) ? f : f + 1;
  }
}
