package org.asrsizing.whatif;

import java.util.List;

/**
 * Trends fitted to measured history and what they predict.
 *
 * @param firstDate first measured date
 * @param lastDate last measured date
 * @param points measured rows
 * @param confidencePercent coverage of the prediction intervals, percent
 * @param criterion how the model of each quantity was chosen
 * @param fits every fitted trend
 * @param forecast month by month after the last date
 * @param crossings thresholds and when they are expected to be exceeded
 */
public record ForecastResult(
    String firstDate,
    String lastDate,
    int points,
    double confidencePercent,
    String criterion,
    List<TrendFit> fits,
    List<ForecastPoint> forecast,
    List<Crossing> crossings) {

  public ForecastResult {
    fits = List.copyOf(fits);
    forecast = List.copyOf(forecast);
    crossings = List.copyOf(crossings);
  }
}
