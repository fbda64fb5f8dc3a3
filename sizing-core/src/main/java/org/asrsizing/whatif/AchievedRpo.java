package org.asrsizing.whatif;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The RPO a load gets over a given link.
 *
 * @param bandwidthMbps the link, Mbps (10^6 bit/s), before any throttle
 * @param worstRpoMinutes the highest RPO over the whole series, minutes
 * @param p99RpoMinutes the RPO 99 % of the sample intervals stay within, minutes
 * @param p90RpoMinutes the RPO 90 % of the sample intervals stay within, minutes
 * @param peakBacklogGiB the most data waiting at once, uncompressed GiB
 * @param targets for each target RPO, how often and how long it is exceeded
 * @param days the peak RPO of each day of the series
 * @param overTime the RPO over the series at most {@link #CHART_POINTS} points: the highest of each
 *     run of sample intervals, for a chart
 */
public record AchievedRpo(
    double bandwidthMbps,
    double worstRpoMinutes,
    double p99RpoMinutes,
    double p90RpoMinutes,
    double peakBacklogGiB,
    List<Violations> targets,
    List<DayPeak> days,
    List<RpoPoint> overTime) {

  /** The most points of {@link #overTime()}. */
  public static final int CHART_POINTS = 240;

  public AchievedRpo {
    targets = List.copyOf(targets);
    days = List.copyOf(days);
    overTime = List.copyOf(overTime);
  }

  /**
   * The highest RPO of a run of sample intervals.
   *
   * @param from the start of the first interval of the run, in the clock of the samples
   * @param rpoMinutes the highest RPO within the run, minutes
   */
  public record RpoPoint(LocalDateTime from, double rpoMinutes) {}

  /**
   * How often one target RPO is exceeded.
   *
   * @param rpoMinutes the target, minutes
   * @param intervalsOver sample intervals in which the RPO goes above it
   * @param intervals all sample intervals
   * @param daysOver days in which it goes above it
   * @param days all days of the series
   * @param longestViolationMinutes the longest stretch above it, minutes
   * @param violationMinutes all the time above it, minutes
   */
  public record Violations(
      double rpoMinutes,
      int intervalsOver,
      int intervals,
      int daysOver,
      int days,
      double longestViolationMinutes,
      double violationMinutes) {}

  /**
   * The highest RPO of one day.
   *
   * @param date the day, in the clock of the samples
   * @param peakRpoMinutes its highest RPO, minutes
   */
  public record DayPeak(LocalDate date, double peakRpoMinutes) {}

  /** The RPO of {@code load} over {@code capMiBps}, against each of {@code rpoSeconds}. */
  static AchievedRpo of(LoadSeries load, double mbps, double[] capMiBps, List<Double> rpoSeconds) {
    List<Violations> targets = new ArrayList<>();
    BacklogSimulation.Outcome first = null;
    for (double target : rpoSeconds) {
      BacklogSimulation.Outcome o = BacklogSimulation.run(load, capMiBps, target);
      first = first == null ? o : first;
      int daysOver = 0;
      for (double peak : o.dayPeakRpoSeconds()) {
        daysOver += BacklogSimulation.Run.above(peak, target) ? 1 : 0;
      }
      targets.add(
          new Violations(
              target / 60,
              load.samples - o.samplesWithin(target),
              load.samples,
              daysOver,
              o.days().length,
              o.longestViolationSeconds() / 60,
              o.violationSeconds() / 60));
    }
    List<DayPeak> days = new ArrayList<>();
    for (int i = 0; i < first.days().length; i++) {
      days.add(
          new DayPeak(LocalDate.ofEpochDay(first.days()[i]), first.dayPeakRpoSeconds()[i] / 60));
    }
    return new AchievedRpo(
        mbps,
        first.worstRpoSeconds() / 60,
        first.percentileSeconds(0.99) / 60,
        first.percentileSeconds(0.90) / 60,
        first.peakBacklogMiB() / 1024,
        targets,
        days,
        overTime(load, first.sampleRpoSeconds()));
  }

  private static List<RpoPoint> overTime(LoadSeries load, double[] sampleRpoSeconds) {
    long[] start = new long[load.samples];
    Arrays.fill(start, Long.MIN_VALUE);
    for (int k = 0; k < load.sample.length; k++) {
      if (start[load.sample[k]] == Long.MIN_VALUE) {
        start[load.sample[k]] = load.bounds[k];
      }
    }
    int run = Math.max(1, (load.samples + CHART_POINTS - 1) / CHART_POINTS);
    List<RpoPoint> points = new ArrayList<>();
    for (int s = 0; s < load.samples; s += run) {
      double peak = 0;
      for (int i = s; i < Math.min(load.samples, s + run); i++) {
        peak = Math.max(peak, sampleRpoSeconds[i]);
      }
      points.add(new RpoPoint(LocalDateTime.ofEpochSecond(start[s], 0, ZoneOffset.UTC), peak / 60));
    }
    return points;
  }
}
