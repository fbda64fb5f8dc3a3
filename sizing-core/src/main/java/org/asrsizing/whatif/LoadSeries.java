package org.asrsizing.whatif;

import java.util.Arrays;
import java.util.List;
import org.asrsizing.model.WriteSeries;

/**
 * The summed write rate of several machines as a step function over one time grid: every sample
 * time of every machine, plus the midnights and the throttle edges in between, so that within one
 * interval both the arrival rate and the link rate are constant and the day is one. Intervals
 * remember the sample interval (of the grid of sample times alone) they belong to, since RPO
 * percentages count samples.
 */
final class LoadSeries {

  static final long DAY_SECONDS = 86_400;

  /** Interval bounds, seconds since the epoch of the samples' clock, {@code n + 1} of them. */
  final long[] bounds;

  /** Arrival rate in each interval, MiB/s. */
  final double[] rateMiBps;

  /** Data arrived before each bound, MiB, {@code n + 1} of them. */
  final double[] arrivedMiB;

  /** The sample interval each interval belongs to. */
  final int[] sample;

  /** How many sample intervals there are. */
  final int samples;

  private LoadSeries(long[] bounds, double[] rateMiBps, int[] sample, int samples) {
    this.bounds = bounds;
    this.rateMiBps = rateMiBps;
    this.sample = sample;
    this.samples = samples;
    this.arrivedMiB = new double[bounds.length];
    for (int k = 0; k < rateMiBps.length; k++) {
      arrivedMiB[k + 1] = arrivedMiB[k] + rateMiBps[k] * (bounds[k + 1] - bounds[k]);
    }
  }

  /**
   * The sum of {@code series}; each sample holds until the machine's next one, its last for its
   * usual step. {@code breaksOfDay} are seconds after midnight where the grid is split too (the
   * throttle edges).
   */
  static LoadSeries of(List<WriteSeries> series, long[] breaksOfDay) {
    int total = 0;
    for (WriteSeries s : series) {
      total += s.size() + 1;
    }
    long[] times = new long[total];
    int at = 0;
    for (WriteSeries s : series) {
      for (int i = 0; i < s.size(); i++) {
        times[at++] = s.epochSecond(i);
      }
      times[at++] = s.epochSecond(s.size() - 1) + s.stepSeconds();
    }
    long[] grid = unique(times);
    long[] fine = unique(withBreaks(grid, breaksOfDay));
    int n = fine.length - 1;
    double[] diff = new double[n + 1];
    for (WriteSeries s : series) {
      double before = 0;
      for (int i = 0; i < s.size(); i++) {
        diff[Arrays.binarySearch(fine, s.epochSecond(i))] += s.writeMiBps(i) - before;
        before = s.writeMiBps(i);
      }
      diff[Arrays.binarySearch(fine, s.epochSecond(s.size() - 1) + s.stepSeconds())] -= before;
    }
    double[] rate = new double[Math.max(n, 0)];
    double running = 0;
    for (int k = 0; k < n; k++) {
      running += diff[k];
      // sums of differences leave rounding dust where a rate returns to zero
      rate[k] = Math.max(0, running);
    }
    int[] sample = new int[Math.max(n, 0)];
    int g = 0;
    for (int k = 0; k < n; k++) {
      while (g + 1 < grid.length - 1 && grid[g + 1] <= fine[k]) {
        g++;
      }
      sample[k] = g;
    }
    return new LoadSeries(fine, rate, sample, grid.length - 1);
  }

  private static long[] withBreaks(long[] grid, long[] breaksOfDay) {
    long first = Math.floorDiv(grid[0], DAY_SECONDS);
    long last = Math.floorDiv(grid[grid.length - 1], DAY_SECONDS);
    int perDay = breaksOfDay.length + 1;
    long[] all = Arrays.copyOf(grid, grid.length + (int) ((last - first + 1) * perDay));
    int at = grid.length;
    for (long day = first; day <= last; day++) {
      long midnight = day * DAY_SECONDS;
      all[at++] = Math.max(grid[0], Math.min(grid[grid.length - 1], midnight));
      for (long b : breaksOfDay) {
        all[at++] = Math.max(grid[0], Math.min(grid[grid.length - 1], midnight + b));
      }
    }
    return all;
  }

  private static long[] unique(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int size = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (size == 0 || sorted[size - 1] != sorted[i]) {
        sorted[size++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, size);
  }

  int intervals() {
    return rateMiBps.length;
  }

  /** The highest arrival rate, MiB/s. */
  double peakMiBps() {
    double peak = 0;
    for (double r : rateMiBps) {
      peak = Math.max(peak, r);
    }
    return peak;
  }

  /** The mean arrival rate over the whole series, MiB/s. */
  double meanMiBps() {
    long span = bounds[bounds.length - 1] - bounds[0];
    return span == 0 ? 0 : arrivedMiB[arrivedMiB.length - 1] / span;
  }
}
