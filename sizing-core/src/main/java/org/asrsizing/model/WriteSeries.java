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
