package org.asrsizing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.asrsizing.model.Machine;

/**
 * Draws a fleet of source machines for an {@link InstanceSpec}. The same spec always gives the same
 * machines: all randomness comes from one {@link Well19937c} seeded with the spec's seed.
 */
public final class InstanceGenerator {

  /**
   * Churn values are clipped to this, below the 2 TiB/day ceiling of one process server, so that
   * every generated machine is protectable and the benchmarks measure placement, not rejection.
   */
  public static final double MAX_CHURN_GIB_PER_DAY = 1500;

  /** Churn is rounded to this many decimals so that the CSV holds exactly the planned values. */
  public static final int CHURN_DECIMALS = 3;

  private InstanceGenerator() {}

  /** The machines of {@code spec}, named {@code vm-0000001}, {@code vm-0000002}, ... */
  public static List<Machine> generate(InstanceSpec spec) {
    RandomGenerator rng = new Well19937c(spec.seed());
    Regime r = spec.regime();
    // The mean varies with the seed inside the regime's range, so that many seeds probe many
    // ratios of churn to machine count rather than one.
    double mean =
        new UniformRealDistribution(rng, r.minMeanGiBPerDay(), r.maxMeanGiBPerDay()).sample();
    DoubleSupplier churn = spec.distribution().sampler(mean, rng);
    int n = spec.machines();
    int width = Math.max(7, Integer.toString(n).length());
    List<Machine> machines = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      double value = Math.min(MAX_CHURN_GIB_PER_DAY, churn.getAsDouble());
      machines.add(Machine.of(name(i, width), rounded(value)));
    }
    return machines;
  }

  private static String name(int index, int width) {
    String digits = Integer.toString(index);
    return "vm-" + "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static double rounded(double churn) {
    double scale = Math.pow(10, CHURN_DECIMALS);
    return Math.round(churn * scale) / scale;
  }
}
