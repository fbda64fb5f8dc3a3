package org.asrsizing.catalog;

/**
 * When a running process server turns Warning or Critical (sustained for 15 minutes).
 *
 * @param metric what is measured
 * @param unit unit of the two values
 * @param warning the Warning threshold
 * @param critical the Critical threshold
 * @param direction {@code above} when exceeding is bad, {@code below} when falling under is bad
 */
public record HealthThreshold(
    String metric, String unit, double warning, double critical, String direction, String source) {}
