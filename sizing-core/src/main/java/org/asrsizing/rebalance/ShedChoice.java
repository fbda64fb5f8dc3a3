package org.asrsizing.rebalance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asrsizing.model.Machine;

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
    double needChurn = total - capChurn;
    if (needCount <= 0 && Loads.within(total, capChurn)) {
      return 0;
    }
    Arrays.sort(churn);
    int k = 0;
    double removed = 0;
    for (int i = churn.length - 1; i >= 0 && !Loads.within(total - removed, capChurn); i--) {
      removed += churn[i];
      k++;
    }
    return Math.max(Math.max(needCount, 0), k);
  }

  /**
   * Units of {@code units} whose removal brings the server within its caps: as few machines as the
   * largest-first choice needs, then, machine for machine, the smallest that still relieve it. All
   * units when nothing less does.
   */
  static List<Unit> choose(
      List<Unit> units, int count, double churn, int capCount, double capChurn) {
    int needCount = count - capCount;
    double needChurn = churn - capChurn;
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
    boolean improved = true;
    while (improved) {
      improved = false;
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
      if (bestOut >= 0) {
        chosen[bestOut] = false;
        chosen[bestIn] = true;
        takenCount += sorted.get(bestIn).count - sorted.get(bestOut).count;
        takenChurn += sorted.get(bestIn).churn - sorted.get(bestOut).churn;
        improved = true;
      }
    }
    List<Unit> out = new ArrayList<>();
    for (int c = 0; c < sorted.size(); c++) {
      if (chosen[c]) {
        out.add(sorted.get(c));
      }
    }
    return out;
  }

  private static boolean relieved(
      int takenCount, double takenChurn, int needCount, double churn, double capChurn) {
    return takenCount >= needCount && Loads.within(churn - takenChurn, capChurn);
  }
}
