package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asrsizing.model.Machine;
import org.asrsizing.placement.Limits;

/** Which machines leave an overloaded server: the fewest, then the least churn. */
final class ShedChoice {

  private ShedChoice() {}

  /**
   * The fewest machines, taken one by one from the largest, whose removal leaves at most {@code
   * capCount} machines and {@code capChurn} churn. This is the least any change can move off the
   * server, so the sum over servers is a lower bound on the moves.
   */
  static int fewestMachines(List<Machine> machines, int capCount, double capChurn) {
    int needCount = machines.size() - capCount;
    double total = 0;
    double[] churn = new double[machines.size()];
    for (int i = 0; i < churn.length; i++) {
      churn[i] = machines.get(i).churnGiBPerDay();
      total += churn[i];
    }
    if (needCount <= 0 && Limits.withinChurn(total, capChurn)) {
      return 0;
    }
    Arrays.sort(churn);
    int k = 0;
    double removed = 0;
    for (int i = churn.length - 1; i >= 0 && !Limits.withinChurn(total - removed, capChurn); i--) {
      removed += churn[i];
      k++;
    }
    return Math.max(Math.max(needCount, 0), k);
  }

  /**
   * Units of {@code units} whose removal brings the server within its caps: the fewest machines,
   * then the least churn. A largest-first choice and a swap search give a first answer; a bounded
   * branch and bound then looks for a better one (exact on servers of the sizes the tiers allow,
   * unless its step budget runs out). All units when nothing less does.
   */
  static List<Unit> choose(
      List<Unit> units, int count, double churn, int capCount, double capChurn) {
    int needCount = count - capCount;
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(Unit.LARGEST_FIRST);
    boolean[] chosen = new boolean[sorted.size()];
    int takenCount = 0;
    double takenChurn = 0;
    int i = 0;
    while (i < sorted.size() && !relieved(takenCount, takenChurn, needCount, churn, capChurn)) {
      chosen[i] = true;
      takenCount += sorted.get(i).count;
      takenChurn += sorted.get(i).churn;
      i++;
    }
    if (!relieved(takenCount, takenChurn, needCount, churn, capChurn)) {
      return sorted;
    }
    // Local search: the single swap of a chosen unit for a smaller unchosen one that saves the
    // most churn while still relieving the server, until no swap saves any.
    int[] swap;
    while ((swap = bestSwap(sorted, chosen, takenCount, takenChurn, needCount, churn, capChurn))
        != null) {
      chosen[swap[0]] = false;
      chosen[swap[1]] = true;
      takenCount += sorted.get(swap[1]).count - sorted.get(swap[0]).count;
      takenChurn += sorted.get(swap[1]).churn - sorted.get(swap[0]).churn;
    }
    new Search(sorted, needCount, churn, capChurn).improve(chosen, takenCount, takenChurn);
    List<Unit> out = new ArrayList<>();
    for (int c = 0; c < sorted.size(); c++) {
      if (chosen[c]) {
        out.add(sorted.get(c));
      }
    }
    return out;
  }

  /**
   * The swap, as {chosen index out, unchosen index in}, that saves the most churn and still
   * relieves the server; {@code null} when none saves any.
   */
  private static int[] bestSwap(
      List<Unit> sorted,
      boolean[] chosen,
      int takenCount,
      double takenChurn,
      int needCount,
      double churn,
      double capChurn) {
    int bestOut = -1;
    int bestIn = -1;
    double bestSaving = 0;
    for (int c = 0; c < sorted.size(); c++) {
      if (!chosen[c]) {
        continue;
      }
      Unit u = sorted.get(c);
      for (int v = sorted.size() - 1; v > c; v--) {
        Unit w = sorted.get(v);
        if (chosen[v] || w.churn >= u.churn) {
          continue;
        }
        int nc = takenCount - u.count + w.count;
        double nw = takenChurn - u.churn + w.churn;
        double saving = u.churn - w.churn;
        if (saving > bestSaving && relieved(nc, nw, needCount, churn, capChurn)) {
          bestOut = c;
          bestIn = v;
          bestSaving = saving;
        }
        // Units further up are larger: once one relieves, no larger one saves more.
        if (relieved(nc, nw, needCount, churn, capChurn)) {
          break;
        }
      }
    }
    return bestOut >= 0 ? new int[] {bestOut, bestIn} : null;
  }

  /**
   * A depth-first branch and bound over the units, largest first, for the fewest machines and then
   * the least churn that relieve the server, starting from the local search's answer. It stops
   * after {@link #BUDGET} steps with the best found, so large servers keep the local answer.
   */
  private static final class Search {
    static final int BUDGET = 50_000;

    private final List<Unit> units;
    private final int needCount;
    private final double churn;
    private final double capChurn;
    private final double[] suffixChurn;
    private final int[] suffixCount;
    private final boolean[] current;
    private boolean[] best;
    private int bestCount;
    private double bestChurn;
    private int steps;

    Search(List<Unit> units, int needCount, double churn, double capChurn) {
      this.units = units;
      this.needCount = needCount;
      this.churn = churn;
      this.capChurn = capChurn;
      int n = units.size();
      suffixChurn = new double[n + 1];
      suffixCount = new int[n + 1];
      for (int i = n - 1; i >= 0; i--) {
        suffixChurn[i] = suffixChurn[i + 1] + units.get(i).churn;
        suffixCount[i] = suffixCount[i + 1] + units.get(i).count;
      }
      current = new boolean[n];
    }

    /** Replaces {@code chosen} by a choice with fewer machines, or as many and less churn. */
    void improve(boolean[] chosen, int count, double taken) {
      best = chosen.clone();
      bestCount = count;
      bestChurn = taken;
      visit(0, 0, 0);
      System.arraycopy(best, 0, chosen, 0, chosen.length);
    }

    private void visit(int i, int count, double taken) {
      if (++steps > BUDGET) {
        return;
      }
      if (relieved(count, taken, needCount, churn, capChurn)) {
        if (count < bestCount || (count == bestCount && taken < bestChurn - Limits.TOLERANCE)) {
          best = current.clone();
          bestCount = count;
          bestChurn = taken;
        }
        return;
      }
      if (i == units.size()
          || count + 1 > bestCount
          || count + suffixCount[i] < needCount
          || !relieved(
              count + suffixCount[i], taken + suffixChurn[i], needCount, churn, capChurn)) {
        return;
      }
      Unit u = units.get(i);
      if (count + u.count <= bestCount) {
        current[i] = true;
        visit(i + 1, count + u.count, taken + u.churn);
        current[i] = false;
      }
      visit(i + 1, count, taken);
    }
  }

  private static boolean relieved(
      int takenCount, double takenChurn, int needCount, double churn, double capChurn) {
    return takenCount >= needCount && Limits.withinChurn(churn - takenChurn, capChurn);
  }
}
