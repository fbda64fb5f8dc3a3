package org.asrsizing.whatif;

import java.util.List;

/**
 * The link one load needs to keep a target RPO, at the three shares of samples the Deployment
 * Planner reports (all of them; 99 %; 90 %).
 *
 * @param rpoMinutes the target RPO, minutes
 * @param mbpsAt100Percent the least bandwidth with the RPO within the target in every sample
 *     interval, Mbps (10^6 bit/s), rounded up to 0.01; {@code null} when no bandwidth reaches it (a
 *     throttle window holds the link too low)
 * @param mbpsAt99Percent the same for 99 % of the sample intervals
 * @param mbpsAt90Percent the same for 90 % of the sample intervals
 */
public record RequiredBandwidth(
    double rpoMinutes, Double mbpsAt100Percent, Double mbpsAt99Percent, Double mbpsAt90Percent) {

  /** The shares of sample intervals the figures are for. */
  static final List<Double> SHARES = List.of(1.0, 0.99, 0.90);

  /** Relative precision of the bisection. */
  private static final double PRECISION = 1e-7;

  /** What {@code load} needs for {@code rpoSeconds} over a link throttled by {@code throttles}. */
  static RequiredBandwidth of(
      LoadSeries load, double rpoSeconds, List<Throttle> throttles, double compression) {
    Double[] mbps = new Double[SHARES.size()];
    for (int i = 0; i < mbps.length; i++) {
      mbps[i] = least(load, rpoSeconds, SHARES.get(i), throttles, compression);
    }
    return new RequiredBandwidth(rpoSeconds / 60, mbps[0], mbps[1], mbps[2]);
  }

  /**
   * The least bandwidth that keeps {@code share} of the sample intervals within the target: the
   * share within is monotone in the bandwidth (a faster link never leaves more data waiting), so
   * bisection between 0 and the peak rate (which leaves nothing waiting) finds it.
   */
  static Double least(
      LoadSeries load,
      double rpoSeconds,
      double share,
      List<Throttle> throttles,
      double compression) {
    double hi = BacklogSimulation.linkMbps(load.peakMiBps(), compression);
    for (Throttle t : throttles) {
      hi = Math.max(hi, t.mbps());
    }
    if (hi == 0) {
      return 0.0;
    }
    int needed = (int) Math.ceil(share * load.samples - 1e-9);
    if (!meets(load, hi, rpoSeconds, needed, throttles, compression)) {
      return null;
    }
    double lo = 0;
    while (hi - lo > PRECISION * hi) {
      double mid = (lo + hi) / 2;
      if (meets(load, mid, rpoSeconds, needed, throttles, compression)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.ceil(hi * 100 - 1e-9) / 100;
  }

  private static boolean meets(
      LoadSeries load,
      double mbps,
      double rpoSeconds,
      int needed,
      List<Throttle> throttles,
      double compression) {
    double[] cap = BacklogSimulation.capacity(load, mbps, throttles, compression, 1);
    return BacklogSimulation.run(load, cap, rpoSeconds).samplesWithin(rpoSeconds) >= needed;
  }
}
