package org.asrsizing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything that determines a generated instance; its {@link #name()} spells the parameters out,
 * so that a name alone regenerates the instance.
 *
 * @param distribution shape of per-machine churn
 * @param regime which server limit binds
 * @param machines number of source machines
 * @param seed seed of the random generator
 */
public record InstanceSpec(ChurnDistribution distribution, Regime regime, int machines, long seed) {

  /** The most machines an instance may have. */
  public static final int MAX_MACHINES = 10_000_000;

  private static final Pattern NAME = Pattern.compile("([a-z]+)-([a-z]+)-n([0-9]+)-s(-?[0-9]+)");

  public InstanceSpec {
    if (distribution == null || regime == null) {
      throw new IllegalArgumentException("an instance needs a distribution and a regime");
    }
    if (machines < 1 || machines > MAX_MACHINES) {
      throw new IllegalArgumentException(
          "the machine count must be between 1 and " + MAX_MACHINES + ", got " + machines);
    }
  }

  /** For example {@code lognormal-churn-n100000-s7}. */
  public String name() {
    return distribution.id() + "-" + regime.id() + "-n" + machines + "-s" + seed;
  }

  /** The spec a {@link #name()} was made from. */
  public static InstanceSpec parse(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not an instance name (distribution-regime-nMACHINES-sSEED): " + name);
    }
    return new InstanceSpec(
        ChurnDistribution.of(m.group(1)),
        Regime.of(m.group(2)),
        Integer.parseInt(m.group(3)),
        Long.parseLong(m.group(4)));
  }

  @Override
  public String toString() {
    return name();
  }

  /**
   * Every combination of sizes, distributions, regimes and seeds 1..{@code seeds}, in that order.
   */
  public static List<InstanceSpec> grid(
      List<Integer> sizes, List<ChurnDistribution> distributions, List<Regime> regimes, int seeds) {
    List<InstanceSpec> list = new ArrayList<>();
    for (int n : sizes) {
      for (ChurnDistribution d : distributions) {
        for (Regime r : regimes) {
          for (long seed = 1; seed <= seeds; seed++) {
            list.add(new InstanceSpec(d, r, n, seed));
          }
        }
      }
    }
    return list;
  }
}
