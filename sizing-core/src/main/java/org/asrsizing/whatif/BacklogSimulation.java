package org.asrsizing.whatif;

import java.util.Arrays;
import java.util.List;

/**
 * The replication backlog of one link, simulated exactly. Data arrives at the load's rate; the link
 * sends it first in, first out at its rate divided by (1 - compression), the uncompressed data per
 * second it carries. The RPO at time t is the age of the oldest byte not yet sent: t - s where s is
 * when the data sent so far, D(t), had all arrived (A(s) = D(t)), and 0 when nothing waits. Within
 * one interval of the grid and between the moments D(t) passes an interval's arrivals or the
 * backlog empties, both the backlog and the RPO change linearly, so stepping from one such moment
 * to the next gives their exact maxima, the exact length of every violation and the exact peak per
 * day, in time linear in the number of intervals.
 */
final class BacklogSimulation {

  private static final double BITS_PER_MIB = 8.0 * (1 << 20);

  private BacklogSimulation() {}

  /** Uncompressed MiB/s a link of {@code mbps} carries at {@code compressionPercent}. */
  static double drainMiBps(double mbps, double compressionPercent) {
    return mbps * 1e6 / BITS_PER_MIB / (1 - compressionPercent / 100);
  }

  /** The Mbps a link needs to carry {@code miBps} of uncompressed data. */
  static double linkMbps(double miBps, double compressionPercent) {
    return miBps * BITS_PER_MIB / 1e6 * (1 - compressionPercent / 100);
  }

  /**
   * The link's capacity in each interval of {@code load}, uncompressed MiB/s: {@code mbps}, or the
   * lowest throttle over it where one covers the interval; {@code share} scales both (one server's
   * part of a site's link).
   */
  static double[] capacity(
      LoadSeries load, double mbps, List<Throttle> throttles, double compression, double share) {
    double[] cap = new double[load.intervals()];
    for (int k = 0; k < cap.length; k++) {
      long second = Math.floorMod(load.bounds[k], LoadSeries.DAY_SECONDS);
      double m = mbps;
      for (Throttle t : throttles) {
        if (t.covers(second)) {
          m = Math.min(m, t.mbps());
        }
      }
      cap[k] = drainMiBps(m * share, compression);
    }
    return cap;
  }

  /** Runs the simulation against {@code targetSeconds}. */
  static Outcome run(LoadSeries load, double[] capMiBps, double targetSeconds) {
    return new Run(load, capMiBps, targetSeconds).go();
  }

  /**
   * What one simulation showed.
   *
   * @param sampleRpoSeconds the highest RPO within each sample interval, seconds
   * @param worstRpoSeconds the highest RPO of all, seconds
   * @param longestViolationSeconds the longest stretch with the RPO above the target, seconds
   * @param violationSeconds all the time above the target, seconds
   * @param days the days, as days since 1970-01-01 of the samples' clock
   * @param dayPeakRpoSeconds the highest RPO of each of those days, seconds
   * @param peakBacklogMiB the most data waiting at once, uncompressed MiB
   */
  record Outcome(
      double[] sampleRpoSeconds,
      double worstRpoSeconds,
      double longestViolationSeconds,
      double violationSeconds,
      long[] days,
      double[] dayPeakRpoSeconds,
      double peakBacklogMiB) {

    /** Sample intervals whose RPO stays within {@code targetSeconds}. */
    int samplesWithin(double targetSeconds) {
      int within = 0;
      for (double r : sampleRpoSeconds) {
        if (!Run.above(r, targetSeconds)) {
          within++;
        }
      }
      return within;
    }

    /** The RPO that {@code fraction} of the sample intervals stay within (nearest rank), s. */
    double percentileSeconds(double fraction) {
      double[] sorted = sampleRpoSeconds.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(fraction * sorted.length - 1e-9);
      return sorted[Math.max(0, rank - 1)];
    }
  }

  /** The state of one run. */
  static final class Run {
    private final LoadSeries load;
    private final double[] cap;
    private final double target;
    private final double[] sampleMax;
    private final long[] days;
    private final double[] dayPeak;
    private int day = -1;
    private double worst;
    private double peakBacklog;
    private double lastT;
    private double lastR;
    private double violationStart = Double.NaN;
    private double longest;
    private double violationTotal;

    Run(LoadSeries load, double[] cap, double target) {
      this.load = load;
      this.cap = cap;
      this.target = target;
      this.sampleMax = new double[load.samples];
      long first = Math.floorDiv(load.bounds[0], LoadSeries.DAY_SECONDS);
      long last = Math.floorDiv(load.bounds[load.bounds.length - 1] - 1, LoadSeries.DAY_SECONDS);
      int count = (int) (last - first + 1);
      this.days = new long[count];
      for (int i = 0; i < count; i++) {
        days[i] = first + i;
      }
      this.dayPeak = new double[count];
    }

    static boolean above(double rpo, double target) {
      return rpo > target * (1 + 1e-9) + 1e-6;
    }

    Outcome go() {
      long[] bounds = load.bounds;
      double[] a = load.rateMiBps;
      double[] arrived = load.arrivedMiB;
      double t = bounds[0];
      double q = 0;
      double d = 0;
      int j = 0;
      lastT = t;
      for (int k = 0; k < a.length; k++) {
        double end = bounds[k + 1];
        double ak = a[k];
        double ck = cap[k];
        int s = load.sample[k];
        day = (int) (Math.floorDiv(bounds[k], LoadSeries.DAY_SECONDS) - days[0]);
        note(s, lastR);
        double tolerance = 1e-12 * (1 + arrived[k + 1]);
        while (t < end) {
          if (q <= tolerance) {
            q = 0;
            if (ak <= ck) {
              t = end;
              d = arrived[k + 1];
              j = k;
              record(s, t, 0);
              break;
            }
            d = arrived[k] + ak * (t - bounds[k]);
            j = k;
            q = (ak - ck) * (end - t);
            d += ck * (end - t);
            t = end;
            record(s, t, t - arrivalTime(j, d));
            peakBacklog = Math.max(peakBacklog, q);
            continue;
          }
          while (j < k && arrived[j + 1] <= d) {
            j++;
          }
          double dtEnd = end - t;
          double dtPass = j < k && ck > 0 ? (arrived[j + 1] - d) / ck : Double.POSITIVE_INFINITY;
          double dtEmpty = ak < ck ? q / (ck - ak) : Double.POSITIVE_INFINITY;
          if (dtEmpty <= dtEnd && dtEmpty <= dtPass) {
            t = dtEmpty == dtEnd ? end : t + dtEmpty;
            q = 0;
            d = arrived[k] + ak * (t - bounds[k]);
            // the last byte of a burst leaves: its age is the RPO just before nothing waits
            record(s, t, t - arrivalTime(j, d));
            record(s, t, 0);
          } else if (dtPass < dtEnd) {
            t += dtPass;
            q += (ak - ck) * dtPass;
            d = arrived[j + 1];
            record(s, t, t - load.bounds[j + 1]); // the oldest byte just before the pass
            while (j < k && arrived[j + 1] <= d) {
              j++;
            }
            record(s, t, q <= tolerance ? 0 : t - arrivalTime(j, d));
          } else {
            q += (ak - ck) * dtEnd;
            d += ck * dtEnd;
            t = end;
            record(s, t, q <= tolerance ? 0 : t - arrivalTime(j, d));
          }
          peakBacklog = Math.max(peakBacklog, q);
        }
      }
      if (!Double.isNaN(violationStart)) {
        close(lastT);
      }
      return new Outcome(sampleMax, worst, longest, violationTotal, days, dayPeak, peakBacklog);
    }

    /** When the data sent so far, {@code d}, had all arrived, within interval {@code j}. */
    private double arrivalTime(int j, double d) {
      double[] a = load.rateMiBps;
      double start = load.bounds[j];
      double end = load.bounds[j + 1];
      if (a[j] <= 0) {
        return end;
      }
      return Math.min(end, Math.max(start, start + (d - load.arrivedMiB[j]) / a[j]));
    }

    private void note(int s, double rpo) {
      sampleMax[s] = Math.max(sampleMax[s], rpo);
      dayPeak[day] = Math.max(dayPeak[day], rpo);
    }

    /** The RPO moved linearly from the last point to {@code r} at {@code t}. */
    private void record(int s, double t, double r) {
      r = Math.max(0, r);
      note(s, r);
      worst = Math.max(worst, r);
      boolean wasAbove = above(lastR, target);
      boolean isAbove = above(r, target);
      if (!wasAbove && isAbove) {
        violationStart = crossing(t, r);
      } else if (wasAbove && !isAbove) {
        close(crossing(t, r));
      }
      lastT = t;
      lastR = r;
    }

    private double crossing(double t, double r) {
      return r == lastR ? t : lastT + (target - lastR) / (r - lastR) * (t - lastT);
    }

    private void close(double end) {
      longest = Math.max(longest, end - violationStart);
      violationTotal += end - violationStart;
      violationStart = Double.NaN;
    }
  }
}
