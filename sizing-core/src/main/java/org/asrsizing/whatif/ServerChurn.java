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
  private final Fit[] fits;

  private ServerChurn(double[] mean, double[] variance, double[] third) {
    this.mean = mean;
    this.variance = variance;
    this.third = third;
    fits = new Fit[mean.length];
    for (int s = 0; s < fits.length; s++) {
      fits[s] = mean[s] > 0 ? Fit.of(mean[s], variance[s], third[s]) : null;
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
    return fits[s].value(z);
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
          factor == 1 ? fits[s] : Fit.of(mean[s] * factor, variance[s] * factor, third[s] * factor);
      log += f.logHolds(limits[s]);
      if (log == Double.NEGATIVE_INFINITY) {
        return log;
      }
    }
    return log / factor;
  }

  /**
   * A shifted lognormal, shift + exp(scale + shape z) with z standard normal; or, when the skewness
   * is too small for one to be told from a normal in doubles, the normal shift + scale z (scale the
   * standard deviation, 0 for a churn that does not vary).
   */
  private record Fit(double shift, double scale, double shape, boolean normal) {

    /** Below this skewness the shifted lognormal's shift cancels most digits of its draws. */
    private static final double NORMAL_SKEWNESS = 1e-6;

    /** The shifted lognormal of this mean, variance and third central moment. */
    static Fit of(double mean, double variance, double third) {
      double sd = StrictMath.sqrt(variance);
      double skew = variance > 0 ? third / (variance * sd) : 0;
      if (!(skew >= NORMAL_SKEWNESS)) {
        return new Fit(mean, sd, 0, true);
      }
      // u = sqrt(e^(shape^2) - 1) solves u^3 + 3u = skewness (the lognormal's skewness): u = 2
      // sinh(asinh(skewness / 2) / 3), which, unlike Cardano's sum of two cube roots, does not
      // cancel; asinh(x) = log1p(x + x^2 / (sqrt(x^2 + 1) + 1)) for x >= 0.
      double x = skew / 2;
      double asinh = StrictMath.log1p(x + x * x / (StrictMath.sqrt(x * x + 1) + 1));
      double u = 2 * StrictMath.sinh(asinh / 3);
      double shape2 = StrictMath.log1p(u * u);
      double lognormalMean = sd / u;
      return new Fit(
          mean - lognormalMean,
          StrictMath.log(lognormalMean) - shape2 / 2,
          StrictMath.sqrt(shape2),
          false);
    }

    double value(double z) {
      return normal ? shift + scale * z : shift + StrictMath.exp(scale + shape * z);
    }

    double logHolds(double limit) {
      if (normal) {
        if (scale == 0) {
          return limit >= shift ? 0 : Double.NEGATIVE_INFINITY;
        }
        return StrictMath.log(NORMAL.cumulativeProbability((limit - shift) / scale));
      }
      double room = limit - shift;
      if (room <= 0) {
        return Double.NEGATIVE_INFINITY;
      }
      return StrictMath.log(NORMAL.cumulativeProbability((StrictMath.log(room) - scale) / shape));
    }
  }
}
