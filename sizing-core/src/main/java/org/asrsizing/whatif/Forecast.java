package org.asrsizing.whatif;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;

/**
 * Fits linear and exponential trends to measured churn (and machine counts when recorded), keeps
 * for each quantity the one with the smaller residual sum of squares on the quantity's own scale
 * (both have two parameters, so this is also the smaller AIC), and predicts month by month with
 * prediction intervals, and the dates the catalog's thresholds are expected to be exceeded.
 */
public final class Forecast {

  /** How the model is chosen, in words. */
  public static final String CRITERION =
      "smaller residual sum of squares on the quantity's own scale (both models have two"
          + " parameters, so this equals the smaller AIC)";

  public static final String CHURN = "churnGiBPerDay";
  public static final String MACHINES = "machines";

  private Forecast() {}

  /** Checks a confidence: above 0 and below 100 percent. */
  public static double checkConfidence(double percent) {
    if (!Double.isFinite(percent) || percent <= 0 || percent >= 100) {
      throw new IllegalArgumentException(
          "the confidence must be a percentage above 0 and below 100");
    }
    return percent;
  }

  public static ForecastResult of(
      List<HistoryPoint> history, Catalog catalog, int horizonMonths, double confidencePercent) {
    checkConfidence(confidencePercent);
    Timeline.checkHorizon(horizonMonths);
    LocalDate first = history.get(0).date();
    LocalDate last = history.get(history.size() - 1).date();
    double[] x =
        history.stream().mapToDouble(p -> ChronoUnit.DAYS.between(first, p.date())).toArray();
    double[] churn = history.stream().mapToDouble(HistoryPoint::churnGiBPerDay).toArray();
    List<TrendFit> fits = new ArrayList<>();
    Trend churnTrend = choose(CHURN, x, churn, fits);
    Trend machineTrend = null;
    double[] machines = null;
    if (history.stream().allMatch(p -> p.machines() != null)) {
      machines = history.stream().mapToDouble(p -> p.machines()).toArray();
      machineTrend = choose(MACHINES, x, machines, fits);
    }
    List<ForecastPoint> points =
        points(first, last, horizonMonths, confidencePercent, churnTrend, machineTrend);
    LocalDate end = last.plusMonths(horizonMonths);
    List<Crossing> crossings = new ArrayList<>();
    addCrossings(crossings, catalog, CHURN, churnTrend, churn, first, last, end, confidencePercent);
    if (machineTrend != null) {
      addCrossings(
          crossings,
          catalog,
          MACHINES,
          machineTrend,
          machines,
          first,
          last,
          end,
          confidencePercent);
    }
    return new ForecastResult(
        first.toString(),
        last.toString(),
        history.size(),
        confidencePercent,
        CRITERION,
        fits,
        points,
        crossings);
  }

  private static List<ForecastPoint> points(
      LocalDate first,
      LocalDate last,
      int horizonMonths,
      double confidencePercent,
      Trend churnTrend,
      Trend machineTrend) {
    List<ForecastPoint> points = new ArrayList<>();
    for (int m = 1; m <= horizonMonths; m++) {
      LocalDate d = last.plusMonths(m);
      double day = ChronoUnit.DAYS.between(first, d);
      double[] c = churnTrend.interval(day, confidencePercent);
      double[] n = machineTrend == null ? null : machineTrend.interval(day, confidencePercent);
      points.add(
          new ForecastPoint(
              d.toString(),
              churnTrend.predict(day),
              Math.max(0, c[0]),
              c[1],
              n == null ? null : machineTrend.predict(day),
              n == null ? null : Math.max(0, n[0]),
              n == null ? null : n[1]));
    }
    return points;
  }

  private static void addCrossings(
      List<Crossing> into,
      Catalog catalog,
      String quantity,
      Trend trend,
      double[] values,
      LocalDate first,
      LocalDate last,
      LocalDate end,
      double confidencePercent) {
    thresholds(catalog, quantity)
        .forEach(
            (t, meaning) ->
                into.add(
                    crossing(
                        quantity, t, meaning, trend, values, first, last, end, confidencePercent)));
  }

  private static Trend choose(String quantity, double[] x, double[] y, List<TrendFit> fits) {
    Trend linear = Trend.linear(x, y);
    Trend exponential = Trend.exponential(x, y);
    Trend chosen = exponential != null && exponential.sse() < linear.sse() ? exponential : linear;
    fits.add(linear.fit(quantity, chosen == linear));
    if (exponential != null) {
      fits.add(exponential.fit(quantity, chosen == exponential));
    }
    return chosen;
  }

  /** Thresholds of the catalog, ascending, each with what exceeding it means. */
  static Map<Double, String> thresholds(Catalog catalog, String quantity) {
    Map<Double, String> out = new java.util.TreeMap<>();
    boolean churn = quantity.equals(CHURN);
    for (Tier t : catalog.configurationServerTiers()) {
      double v = churn ? t.maxChurnGiBPerDay() : t.maxMachines();
      out.merge(v, "configuration server " + t.name() + " limit", (a, b) -> a + ", " + b);
    }
    double scaleOut =
        churn ? catalog.scaleOut().maxChurnGiBPerDay() : catalog.scaleOut().maxMachines();
    out.merge(scaleOut, "scale-out threshold", (a, b) -> a + ", " + b);
    if (!churn && catalog.managementServer() != null) {
      out.merge(
          (double) catalog.managementServer().maxMachines(),
          "configuration server machine limit: another configuration server",
          (a, b) -> a + ", " + b);
    }
    return new LinkedHashMap<>(out);
  }

  private static Crossing crossing(
      String quantity,
      double threshold,
      String meaning,
      Trend trend,
      double[] measured,
      LocalDate first,
      LocalDate last,
      LocalDate end,
      double confidence) {
    if (measured[measured.length - 1] > threshold) {
      return new Crossing(quantity, threshold, meaning, "already", null, null, null);
    }
    String expected = null;
    String earliest = null;
    String latest = null;
    for (LocalDate d = last.plusDays(1); !d.isAfter(end) && latest == null; d = d.plusDays(1)) {
      double day = ChronoUnit.DAYS.between(first, d);
      double[] interval = trend.interval(day, confidence);
      if (earliest == null && interval[1] > threshold) {
        earliest = d.toString();
      }
      if (expected == null && trend.predict(day) > threshold) {
        expected = d.toString();
      }
      if (interval[0] > threshold) {
        latest = d.toString();
      }
    }
    return new Crossing(
        quantity,
        threshold,
        meaning,
        expected == null ? "beyond-horizon" : "expected",
        expected,
        earliest,
        latest);
  }
}
