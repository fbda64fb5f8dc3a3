package org.asrsizing.whatif;

/**
 * The bandwidth and time relations of the domain reference (section 6). Storage is binary (GiB),
 * network rates are decimal (1 Mbps = 10^6 bit/s).
 */
public final class Bandwidth {

  /** Bits in one GiB. */
  static final double BITS_PER_GIB = Math.pow(2, 30) * 8;

  private static final double SECONDS_PER_DAY = 86_400;
  private static final double BITS_PER_MEGABIT = 1e6;

  private Bandwidth() {}

  /** Average rate of a daily churn: GiB/day x 2^30 x 8 / 86,400 / 10^6 Mbps (300 -> ~30). */
  public static double mbps(double gibPerDay) {
    return gibPerDay * BITS_PER_GIB / SECONDS_PER_DAY / BITS_PER_MEGABIT;
  }

  /** Upload rate to Azure after compression: ingress x (1 - compression). */
  public static double egressMbps(double ingressMbps, double compressionPercent) {
    return ingressMbps * (1 - compressionPercent / 100);
  }

  /** Hours to send {@code gib} at {@code mbps}. */
  public static double transferHours(double gib, double mbps) {
    return gib * BITS_PER_GIB / (mbps * BITS_PER_MEGABIT) / 3600;
  }

  /** GiB sent in {@code hours} at {@code mbps}. */
  public static double transferableGiB(double mbps, double hours) {
    return mbps * BITS_PER_MEGABIT * hours * 3600 / BITS_PER_GIB;
  }

  /**
   * Hours a cache disk absorbs a churn while nothing is uploaded (a WAN outage): cache / churn
   * rate; infinite for no churn.
   */
  public static double cacheBufferHours(double cacheDiskGiB, double churnGiBPerDay) {
    return churnGiBPerDay == 0 ? Double.POSITIVE_INFINITY : cacheDiskGiB / churnGiBPerDay * 24;
  }
}
