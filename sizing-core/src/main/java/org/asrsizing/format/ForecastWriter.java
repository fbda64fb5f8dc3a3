package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.Crossing;
import org.asrsizing.whatif.Forecast;
import org.asrsizing.whatif.ForecastPoint;
import org.asrsizing.whatif.ForecastResult;
import org.asrsizing.whatif.Trend;
import org.asrsizing.whatif.TrendFit;
import org.asrsizing.whatif.WhatIfContext;

/** Writes a {@link ForecastResult} as text. */
public final class ForecastWriter {

  private ForecastWriter() {}

  /** The text of a forecast: its header, the fitted trends, the forecast and the thresholds. */
  public static String toText(ForecastResult r, WhatIfContext context) {
    StringBuilder sb = new StringBuilder();
    header(sb, r, context);
    sb.append(trends(r).render("  "));
    sb.append("\nForecast\n");
    sb.append(forecast(r).render("  "));
    sb.append("\nThresholds (exceeded when above the value)\n");
    sb.append(thresholds(r).render("  "));
    return sb.toString();
  }

  private static void header(StringBuilder sb, ForecastResult r, WhatIfContext context) {
    sb.append("Forecast from ")
        .append(r.points())
        .append(" measurements, ")
        .append(r.firstDate())
        .append(" to ")
        .append(r.lastDate())
        .append("; prediction intervals ")
        .append(Units.percent(r.confidencePercent()))
        .append('\n')
        .append(context.text())
        .append("  model:    chosen by ")
        .append(r.criterion())
        .append("\n\nTrends (x = days since ")
        .append(r.firstDate())
        .append("; exponential: ln y = intercept + slope x)\n");
  }

  /** The columns of the fitted trends, in the text and the HTML. */
  static final String[] TREND_COLUMNS = {
    "quantity", "model", ">intercept", ">slope /day", ">growth /year", ">RMSE", ">R^2", "chosen"
  };

  /** The columns of the thresholds, in the text and the HTML. */
  static final String[] THRESHOLD_COLUMNS = {
    "quantity", ">above", "meaning", "status", "expected", "earliest", "latest"
  };

  private static TextTable trends(ForecastResult r) {
    TextTable fits = new TextTable(TREND_COLUMNS);
    r.fits().forEach(f -> fits.row(trendCells(f)));
    return fits;
  }

  static Object[] trendCells(TrendFit f) {
    return new Object[] {
      quantity(f.quantity()),
      f.model(),
      Units.number(f.intercept(), 4),
      Units.number(f.slopePerDay(), 6),
      f.model().equals(Trend.EXPONENTIAL)
          ? Units.percent(f.growthPerYear())
          : Units.number(f.growthPerYear(), 2),
      Units.number(f.rmse(), 2),
      Units.number(f.rSquared(), 4),
      f.chosen() ? "yes" : ""
    };
  }

  private static TextTable forecast(ForecastResult r) {
    boolean machines = !r.forecast().isEmpty() && r.forecast().get(0).machines() != null;
    TextTable f =
        machines
            ? new TextTable(
                "date",
                ">churn GiB/day",
                ">low GiB/day",
                ">high GiB/day",
                ">machines",
                ">low machines",
                ">high machines")
            : new TextTable("date", ">churn GiB/day", ">low GiB/day", ">high GiB/day");
    for (ForecastPoint p : r.forecast()) {
      String churn = Units.number(p.churnGiBPerDay(), 1);
      String low = Units.number(p.churnLowerGiBPerDay(), 1);
      String high = Units.number(p.churnUpperGiBPerDay(), 1);
      if (machines) {
        f.row(
            p.date(),
            churn,
            low,
            high,
            Units.number(p.machines(), 1),
            Units.number(p.machinesLower(), 1),
            Units.number(p.machinesUpper(), 1));
      } else {
        f.row(p.date(), churn, low, high);
      }
    }
    return f;
  }

  private static TextTable thresholds(ForecastResult r) {
    TextTable c = new TextTable(THRESHOLD_COLUMNS);
    r.crossings().forEach(x -> c.row(thresholdCells(x)));
    return c;
  }

  static Object[] thresholdCells(Crossing x) {
    return new Object[] {
      quantity(x.quantity()),
      Units.number(x.threshold(), 2),
      x.meaning(),
      x.status(),
      x.expectedDate(),
      x.earliestDate(),
      x.latestDate()
    };
  }

  static String quantity(String quantity) {
    return quantity.equals(Forecast.CHURN) ? "churn GiB/day" : "machines";
  }
}
