package org.asrsizing.bench;

import java.util.Locale;

/**
 * Which limit of a process server binds, set through the mean churn per machine. The ASR classic
 * tiers carry 2.9 (small), 6.8 (medium) and 9.1 (large) GiB/day per machine slot: far below those
 * ratios the machine count binds, far above them churn binds, near the large tier's both do.
 *
 * @param minMeanGiBPerDay the smallest mean churn per machine an instance of this regime gets
 * @param maxMeanGiBPerDay the largest
 */
public enum Regime {
  /** Low churn per machine, 1-3 GiB/day on average: machine count limits every server. */
  COUNT(1, 3),
  /** Churn per machine near the tiers' churn/machine ratios, 9-12 GiB/day: both limits bind. */
  BOTH(9, 12),
  /** High churn per machine, 25-60 GiB/day on average: churn limits every server. */
  CHURN(25, 60);

  private final double minMeanGiBPerDay;
  private final double maxMeanGiBPerDay;

  Regime(double minMeanGiBPerDay, double maxMeanGiBPerDay) {
    this.minMeanGiBPerDay = minMeanGiBPerDay;
    this.maxMeanGiBPerDay = maxMeanGiBPerDay;
  }

  public double minMeanGiBPerDay() {
    return minMeanGiBPerDay;
  }

  public double maxMeanGiBPerDay() {
    return maxMeanGiBPerDay;
  }

  /** The lower-case name used in instance names and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The regime with this {@link #id()}. */
  public static Regime of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
