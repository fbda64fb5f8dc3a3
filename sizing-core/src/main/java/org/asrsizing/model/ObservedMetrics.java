package org.asrsizing.model;

/**
 * What monitoring shows for a running process server, each value sustained over 15 minutes; any
 * value may be unknown ({@code null}).
 *
 * @param cpuPercent CPU utilisation, percent
 * @param memoryPercent memory usage, percent
 * @param cacheFreePercent free space on the cache folder's volume, percent
 * @param cacheUploadMinutes minutes needed to upload the data now in the cache
 */
public record ObservedMetrics(
    Double cpuPercent, Double memoryPercent, Double cacheFreePercent, Double cacheUploadMinutes) {

  /** Nothing observed. */
  public static final ObservedMetrics NONE = new ObservedMetrics(null, null, null, null);

  public ObservedMetrics {
    check("cpuPercent", cpuPercent, 100);
    check("memoryPercent", memoryPercent, 100);
    check("cacheFreePercent", cacheFreePercent, 100);
    check("cacheUploadMinutes", cacheUploadMinutes, Double.MAX_VALUE);
  }

  private static void check(String field, Double value, double max) {
    if (value != null && (!Double.isFinite(value) || value < 0 || value > max)) {
      throw new IllegalArgumentException(
          field
              + " must be "
              + (max == 100 ? "a percentage from 0 to 100" : "a number of 0 or more"));
    }
  }
}
