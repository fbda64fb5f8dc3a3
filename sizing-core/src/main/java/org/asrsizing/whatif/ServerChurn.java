package org.asrsizing.whatif;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Each carrying server's daily churn as the simulation draws it. A server's churn is the sum of its
 * machines' independent lognormals, whose first three cumulants (mean, variance, third central
 * moment) add up; the sum has no closed form, so it is taken as the shifted lognormal {@code shift
 * + exp(scale + shape z)} of the same three cumulants. Machines matter only through the server they
 * are on, so a day costs one draw per server instead of one per machine. For a server with one
 * machine the fit is that machine's own lognormal (shift 0); with more machines it keeps the sum's
 * right skew, which a normal (or a lognormal of the mean and variance alone) understates, and the
 * chance a server holds depends on its far right tail ({@code ServerChurnTest} compares it with
 * machine-by-machine draws).
 */
final class ServerChurn {

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private final double[] mean;
  private final double[] variance;
  private final double[] third;
  private final double[] shift;
  private final double[] scale;
  private final double[] shape;

  private ServerChurn(double[] mean, double[] variance, double[] third) {
    this.mean = mean;
    this.variance = variance;
    this.third = third;
    int servers = mean.length;
    shift = new double[servers];
    scale = new double[servers];
    shape = new double[servers];
    for (int s = 0; s < servers; s++) {
      if (mean[s] > 0) {
        Fit f = Fit.of(mean[s], variance[s], third[s]);
        shift[s] = f.shift;
        scale[s] = f.scale;
        shape[s] = f.shape;
      }
    }
  }

  /**
   * The churn of {@code servers} servers; {@code serverOf[i]} is the server of machine {@code i}
   * (the index of {@code machines}), -1 for none.
   */
  static ServerChurn of(int[] serverOf, int servers, MonteCarlo.MachineChurn machines) {
    double[] mean = new double[servers];
    double[] variance = new double[servers];
    double[] third = new double[servers];
    for (int i = 0; i < serverOf.length; i++) {
      int s = serverOf[i];
      if (s >= 0) {
        mean[s] += machines.mean(i);
        variance[s] += machines.variance(i);
        third[s] += machines.thirdCentralMoment(i);
      }
    }
    return new ServerChurn(mean, variance, third);
  }

  int servers() {
    return mean.length;
  }

  /** Whether server {@code s} carries no churn: its days are 0. */
  boolean none(int s) {
    return mean[s] <= 0;
  }

  /** Server {@code s}'s churn on a day whose standard normal draw is {@code z}. */
  double value(int s, double z) {
    return shift[s] + StrictMath.exp(scale[s] + shape[s] * z);
  }

  /**
   * The log of the chance all servers hold within {@code limits}, each server's cumulants
   * multiplied by {@code factor} and their number divided by it (a server carrying {@code factor}
   * times its share); servers are independent, so it is the sum of the servers' logs.
   */
  double logAllHold(double[] limits, double factor) {
    double log = 0;
    for (int s = 0; s < mean.length; s++) {
      if (mean[s] <= 0) {
        continue;
      }
      Fit f =
          factor == 1
              ? new Fit(shift[s], scale[s], shape[s])
              : Fit.of(mean[s] * factor, variance[s] * factor, third[s] * factor);
      log += f.logHolds(limits[s]);
      if (log == Double.NEGATIVE_INFINITY) {
        return log;
      }
    }
    return log / factor;
  }

  /** A shifted lognormal: shift + exp(scale + shape z), z standard normal. */
  private record Fit(double shift, double scale, double shape) {

    /** The shifted lognormal of this mean, variance and third central moment (all above 0). */
    static Fit of(double mean, double variance, double third) {
      double sd = Math.sqrt(variance);
      double skew = third / (variance * sd);
      // u = sqrt(e^(shape^2) - 1) solves u^3 + 3u = skewness (the lognormal's skewness); with
      // c = cbrt(skew / 2 + sqrt(skew^2 / 4 + 1)) it is c - 1 / c, which does not cancel for a
      // large skewness as the sum of the two cube roots does.
      double c = Math.cbrt(skew / 2 + Math.sqrt(skew * skew / 4 + 1));
      double u = c - 1 / c;
      double shape2 = Math.log1p(u * u);
      double lognormalMean = sd / u;
      return new Fit(mean - lognormalMean, Math.log(lognormalMean) - shape2 / 2, Math.sqrt(shape2));
    }

    double logHolds(double limit) {
      double room = limit - shift;
      if (room <= 0) {
        return Double.NEGATIVE_INFINITY;
      }
      return Math.log(NORMAL.cumulativeProbability((Math.log(room) - scale) / shape));
    }
  }
}
