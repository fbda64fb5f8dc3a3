package org.asrsizing.whatif;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Where the search over headroom starts, worked out without simulating. Each carrying server's
 * daily churn is a sum of independent lognormals whose first three cumulants are known; it is taken
 * as a shifted lognormal of the same mean, variance and skewness, and servers are independent, so
 * the chance that all hold is the product of theirs. {@link #scaled} guesses from the given plan
 * alone: at more headroom each server is assumed to carry its share of the usable limit (its
 * cumulants scale with the usable fraction, the number of servers with its inverse). {@link #holds}
 * estimates a plan as it actually packs the machines, which the search uses on plans alone (no
 * draws) before simulating the two plans around where the estimate turns. Only an estimate: the
 * simulation decides.
 */
final class HeadroomGuess {

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private HeadroomGuess() {}

  /**
   * The guess, from {@code first} to {@code last}: {@code base} is the given plan (planned at
   * {@code baseHeadroomPercent}), {@code target} the share of days all servers must hold on.
   */
  static int scaled(
      DayPass.Trial base,
      MonteCarlo.Draws draws,
      double baseHeadroomPercent,
      int first,
      int last,
      double target) {
    Moments m = Moments.of(base, draws);
    double usable = 1 - baseHeadroomPercent / 100;
    double logTarget = Math.log(target);
    for (int h = first; h < last; h++) {
      double scale = (1 - h / 100.0) / usable;
      if (m.logAllHold(base.limits, scale) >= logTarget) {
        return h;
      }
    }
    return last;
  }

  /** Whether the plan of {@code trial}, as it packs the machines, would hold by the estimate. */
  static boolean holds(DayPass.Trial trial, MonteCarlo.Draws draws, double target) {
    return logAllHold(trial, draws) >= Math.log(target);
  }

  /** The estimate's log of the chance all servers of {@code trial} hold; for tests. */
  static double logAllHold(DayPass.Trial trial, MonteCarlo.Draws draws) {
    return Moments.of(trial, draws).logAllHold(trial.limits, 1);
  }

  /**
   * The first three cumulants (mean, variance, third central moment) of each carrying server's
   * daily churn: the sums of its machines', which are independent.
   */
  private record Moments(double[] mean, double[] variance, double[] third) {

    static Moments of(DayPass.Trial trial, MonteCarlo.Draws draws) {
      int servers = trial.limits.length;
      double[] mean = new double[servers];
      double[] variance = new double[servers];
      double[] third = new double[servers];
      for (int i = 0; i < trial.serverOf.length; i++) {
        int s = trial.serverOf[i];
        if (s >= 0) {
          mean[s] += draws.mean(i);
          variance[s] += draws.variance(i);
          third[s] += draws.thirdCentralMoment(i);
        }
      }
      return new Moments(mean, variance, third);
    }

    /**
     * The log of the chance all servers hold, each server's cumulants multiplied by {@code scale}
     * and their number divided by it. A server's churn is taken as a shifted lognormal of the same
     * three moments: a sum of skewed lognormals has a longer right tail than a lognormal of its
     * mean and variance alone gives, and the chance all hold depends on each server's far tail.
     */
    double logAllHold(double[] limits, double scale) {
      double log = 0;
      for (int s = 0; s < mean.length; s++) {
        if (mean[s] <= 0) {
          continue;
        }
        double m = mean[s] * scale;
        double sd = Math.sqrt(variance[s] * scale);
        double skew = third[s] * scale / (sd * sd * sd);
        // u = sqrt(e^(sigma^2) - 1) solves u^3 + 3u = skewness (the lognormal's skewness).
        double root = Math.sqrt(skew * skew / 4 + 1);
        double u = Math.cbrt(skew / 2 + root) + Math.cbrt(skew / 2 - root);
        double sigma2 = Math.log1p(u * u);
        double lognormalMean = sd / u;
        double room = limits[s] - (m - lognormalMean);
        if (room <= 0) {
          return Double.NEGATIVE_INFINITY;
        }
        double z = (Math.log(room / lognormalMean) + sigma2 / 2) / Math.sqrt(sigma2);
        log += Math.log(NORMAL.cumulativeProbability(z));
      }
      return log / scale;
    }
  }
}
