package org.asrsizing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Machine;

/**
 * A seeded change to a running deployment, as time makes it: some machines' churn changes, or new
 * machines arrive. The same deployment, seed and perturbation always give the same result: all
 * randomness comes from one {@link SplittableRandom}.
 */
public enum Perturbation {
  /** 5 % of the machines change their churn by a factor drawn uniformly from [0.5, 2.0]. */
  CHURN5(0.05, false),
  /** 20 % of the machines change their churn the same way. */
  CHURN20(0.20, false),
  /**
   * 10 % more machines arrive, not replicated yet, each with the churn of an existing machine drawn
   * at random (so from the fleet's own distribution) and on that machine's site.
   */
  ADD10(0.10, true);

  /** The smallest factor a changed machine's churn is multiplied by. */
  public static final double MIN_FACTOR = 0.5;

  /** The largest. */
  public static final double MAX_FACTOR = 2.0;

  /** Names of added machines start with this. */
  public static final String NEW_PREFIX = "new-";

  private final double share;
  private final boolean adds;

  Perturbation(double share, boolean adds) {
    this.share = share;
    this.adds = adds;
  }

  /** The share of the machines changed or added. */
  public double share() {
    return share;
  }

  /** The lower-case name used on the command line and in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The perturbation with this {@link #id()}. */
  public static Perturbation of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /**
   * The most churn a perturbed machine gets: the catalog's per-machine ceiling and what its largest
   * scale-out tier carries at {@code headroomPercent}, whichever is lower, so that every machine
   * stays protectable and the benchmark measures moves, not rejections.
   */
  public static double maxChurn(Catalog catalog, double headroomPercent) {
    double largest =
        catalog.scaleOutTiers().stream().mapToDouble(Tier::maxChurnGiBPerDay).max().orElse(0);
    return Math.min(
        catalog.machineLimits().maxChurnGiBPerDay(), largest * (1 - headroomPercent / 100));
  }

  /**
   * {@code deployment} after this change. Machines whose churn changes keep their server; added
   * machines get no server (the rebalancer places them).
   *
   * @param maxChurn perturbed churn is clamped to this, GiB/day (see {@link #maxChurn})
   * @param seed seed of the random generator
   */
  public CurrentDeployment apply(CurrentDeployment deployment, double maxChurn, long seed) {
    SplittableRandom rng = new SplittableRandom(mix(seed, ordinal()));
    List<Machine> machines = new ArrayList<>(deployment.machines());
    int n = machines.size();
    int k = (int) Math.round(share * n);
    if (adds) {
      int width = Math.max(7, Integer.toString(k).length());
      for (int i = 1; i <= k; i++) {
        Machine like = deployment.machines().get(rng.nextInt(n));
        String digits = Integer.toString(i);
        String name = NEW_PREFIX + "0".repeat(Math.max(0, width - digits.length())) + digits;
        machines.add(
            new Machine(
                name, Math.min(maxChurn, like.churnGiBPerDay()), null, like.site(), null, null));
      }
    } else {
      // The first k of a partial Fisher-Yates shuffle: k distinct machines, uniformly.
      int[] index = new int[n];
      for (int i = 0; i < n; i++) {
        index[i] = i;
      }
      for (int i = 0; i < k; i++) {
        int j = i + rng.nextInt(n - i);
        int t = index[i];
        index[i] = index[j];
        index[j] = t;
        Machine m = machines.get(index[i]);
        double factor = MIN_FACTOR + (MAX_FACTOR - MIN_FACTOR) * rng.nextDouble();
        machines.set(
            index[i],
            m.withChurnGiBPerDay(Math.min(maxChurn, rounded(m.churnGiBPerDay() * factor))));
      }
    }
    return new CurrentDeployment(
        deployment.servers(),
        machines,
        deployment.serverOf(),
        deployment.metrics(),
        deployment.catalogId(),
        deployment.headroomPercent(),
        deployment.configurationServerMachineLimit(),
        deployment.findings());
  }

  private static double rounded(double churn) {
    double scale = Math.pow(10, InstanceGenerator.CHURN_DECIMALS);
    return Math.round(churn * scale) / scale;
  }

  /** One seed per (instance seed, perturbation), so the perturbations do not pick alike. */
  private static long mix(long seed, int ordinal) {
    return seed * 0x9E3779B97F4A7C15L + ordinal + 1;
  }
}
