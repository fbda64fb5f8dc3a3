package org.asrsizing.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The profiled write rates of one machine, in time order: sample {@code i} holds from its timestamp
 * until the next one; the last holds for the series' usual step. Arrays rather than a list of
 * records because a month of 15-minute samples for a thousand machines is millions of values; they
 * are copied in and never handed out.
 */
public final class WriteSeries {

  private final String machine;
  private final long[] epochSeconds;
  private final double[] writeMiBps;

  private WriteSeries(String machine, long[] epochSeconds, double[] writeMiBps) {
    this.machine = machine;
    this.epochSeconds = epochSeconds;
    this.writeMiBps = writeMiBps;
  }

  /**
   * The samples of {@code machine}: clock times as seconds since 1970-01-01T00:00 of the clock the
   * samples were written in, and write rates in MB/s (MiB/s, binary as the ASR tables); sorted by
   * time here, so input order does not matter.
   */
  public static WriteSeries of(String machine, long[] epochSeconds, double[] writeMiBps) {
    Objects.requireNonNull(machine, "machine");
    if (epochSeconds.length != writeMiBps.length || epochSeconds.length == 0) {
      throw new IllegalArgumentException(
          "machine " + machine + ": a series needs as many times as rates, at least one");
    }
    Integer[] order = new Integer[epochSeconds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      if (!Double.isFinite(writeMiBps[i]) || writeMiBps[i] < 0) {
        throw new IllegalArgumentException(
            "machine " + machine + ": write rates must be finite numbers >= 0 MB/s");
      }
    }
    boolean sorted = true;
    for (int i = 1; i < epochSeconds.length && sorted; i++) {
      sorted = epochSeconds[i - 1] <= epochSeconds[i];
    }
    if (sorted) {
      return new WriteSeries(machine, epochSeconds.clone(), writeMiBps.clone());
    }
    Arrays.sort(order, (a, b) -> Long.compare(epochSeconds[a], epochSeconds[b]));
    long[] t = new long[order.length];
    double[] r = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      t[i] = epochSeconds[order[i]];
      r[i] = writeMiBps[order[i]];
    }
    return new WriteSeries(machine, t, r);
  }

  public String machine() {
    return machine;
  }

  /** The same samples under another machine name (the inventory's spelling of it). */
  public WriteSeries renamed(String name) {
    return new WriteSeries(Objects.requireNonNull(name, "name"), epochSeconds, writeMiBps);
  }

  public int size() {
    return epochSeconds.length;
  }

  /** The time of sample {@code i}, seconds. */
  public long epochSecond(int i) {
    return epochSeconds[i];
  }

  /** The write rate of sample {@code i}, MiB/s. */
  public double writeMiBps(int i) {
    return writeMiBps[i];
  }

  /**
   * The data written on each calendar day of the samples' clock, in day order, MiB per day: each
   * sample holds until the next one but at most {@link #stepSeconds()} (a gap in the series is not
   * filled in), and a day's data is scaled to 24 hours of the time its samples cover there, so a
   * day sampled for 20 hours counts as a whole day at the same pace.
   */
  public double[] dailyMiB() {
    long step = stepSeconds();
    java.util.TreeMap<Long, double[]> days = new java.util.TreeMap<>();
    for (int i = 0; i < epochSeconds.length; i++) {
      long start = epochSeconds[i];
      long end =
          i + 1 < epochSeconds.length ? Math.min(epochSeconds[i + 1], start + step) : start + step;
      while (start < end) {
        long day = Math.floorDiv(start, DAY);
        long cut = Math.min(end, (day + 1) * DAY);
        double[] d = days.computeIfAbsent(day, k -> new double[2]);
        d[0] += writeMiBps[i] * (cut - start);
        d[1] += cut - start;
        start = cut;
      }
    }
    double[] out = new double[days.size()];
    int k = 0;
    for (double[] d : days.values()) {
      out[k++] = d[1] == 0 ? 0 : d[0] / d[1] * DAY;
    }
    return out;
  }

  private static final long DAY = 86_400;

  /**
   * How long the last sample holds: the median gap between samples (a single sample: 15 minutes,
   * the Deployment Planner's default RPO and a usual profiling step).
   */
  public long stepSeconds() {
    if (epochSeconds.length < 2) {
      return 900;
    }
    long[] gaps = new long[epochSeconds.length - 1];
    for (int i = 1; i < epochSeconds.length; i++) {
      gaps[i - 1] = epochSeconds[i] - epochSeconds[i - 1];
    }
    Arrays.sort(gaps);
    long median = gaps[gaps.length / 2];
    return median > 0 ? median : 900;
  }
}
