package org.asrsizing.bench;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The shapes of per-machine daily churn the generator draws from. Each is parameterised by its
 * mean, so that a regime (which fixes the mean) and a shape combine freely.
 */
public enum ChurnDistribution {
  /** Log-normal with shape 1: most machines near the median, a moderate right tail. */
  LOGNORMAL {
    @Override
    DoubleSupplier sampler(double mean, RandomGenerator rng) {
      return logNormal(mean, LOGNORMAL_SHAPE, rng)::sample;
    }
  },
  /**
   * A quiet majority and a busy minority (file servers, databases): 80 % of machines from a
   * log-normal at 0.5 x the mean, 20 % at 3 x the mean, which averages to the mean.
   */
  BIMODAL {
    @Override
    DoubleSupplier sampler(double mean, RandomGenerator rng) {
      BinomialDistribution busy = new BinomialDistribution(rng, 1, BUSY_SHARE);
      LogNormalDistribution quiet = logNormal(QUIET_FACTOR * mean, BIMODAL_SHAPE, rng);
      LogNormalDistribution loud = logNormal(BUSY_FACTOR * mean, BIMODAL_SHAPE, rng);
      return () -> busy.sample() == 1 ? loud.sample() : quiet.sample();
    }
  },
  /** Pareto with tail index 2.5: a few machines carry a large share of the churn. */
  PARETO {
    @Override
    DoubleSupplier sampler(double mean, RandomGenerator rng) {
      // The mean of Pareto(scale, a) is a * scale / (a - 1); solve for the scale.
      double scale = mean * (PARETO_TAIL_INDEX - 1) / PARETO_TAIL_INDEX;
      return new ParetoDistribution(rng, scale, PARETO_TAIL_INDEX)::sample;
    }
  };

  static final double LOGNORMAL_SHAPE = 1.0;
  static final double BIMODAL_SHAPE = 0.5;
  static final double BUSY_SHARE = 0.2;
  static final double QUIET_FACTOR = 0.5;
  static final double BUSY_FACTOR = 3.0;
  static final double PARETO_TAIL_INDEX = 2.5;

  /** A source of churn values with this shape and {@code mean}, drawing from {@code rng}. */
  abstract DoubleSupplier sampler(double mean, RandomGenerator rng);

  /** The lower-case name used in instance names and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The distribution with this {@link #id()}. */
  public static ChurnDistribution of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /**
   * Commons Math's log-normal is parameterised by log-scale; pick it so the mean is {@code mean}.
   */
  private static LogNormalDistribution logNormal(double mean, double shape, RandomGenerator rng) {
    double scale = Math.log(mean) - shape * shape / 2;
    return new LogNormalDistribution(
        rng, scale, shape, LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
  }
}
