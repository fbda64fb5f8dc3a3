package org.asrsizing.whatif;

/**
 * Where the search over headroom starts, worked out without simulating. Each carrying server's
 * daily churn is drawn from its {@link ServerChurn} and servers are independent, so the chance that
 * all hold is the product of theirs. {@link #scaled} guesses from the given plan alone: at more
 * headroom each server is assumed to carry its share of the usable limit (its cumulants scale with
 * the usable fraction, the number of servers with its inverse). {@link #holds} estimates a plan as
 * it actually packs the machines, which the search uses on plans alone (no draws) before simulating
 * the two plans around where the estimate turns. The simulated share of days differs from it by
 * sampling alone, and the simulation decides.
 */
final class HeadroomGuess {

  private HeadroomGuess() {}

  /**
   * The guess, from {@code first} to {@code last}: {@code base} is the given plan (planned at
   * {@code baseHeadroomPercent}), {@code target} the share of days all servers must hold on.
   */
  static int scaled(
      DayPass.Trial base, double baseHeadroomPercent, int first, int last, double target) {
    double usable = 1 - baseHeadroomPercent / 100;
    double logTarget = Math.log(target);
    for (int h = first; h < last; h++) {
      double scale = (1 - h / 100.0) / usable;
      if (base.churn.logAllHold(base.limits, scale) >= logTarget) {
        return h;
      }
    }
    return last;
  }

  /** Whether the plan of {@code trial}, as it packs the machines, would hold by the estimate. */
  static boolean holds(DayPass.Trial trial, double target) {
    return logAllHold(trial) >= Math.log(target);
  }

  /** The estimate's log of the chance all servers of {@code trial} hold; for tests. */
  static double logAllHold(DayPass.Trial trial) {
    return trial.churn.logAllHold(trial.limits, 1);
  }
}
