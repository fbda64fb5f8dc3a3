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

  public static String toText(ForecastResult r, WhatIfContext context) {
    StringBuilder sb = new StringBuilder();
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
    TextTable fits =
        new TextTable(
            "quantity",
            "model",
            ">intercept",
            ">slope /day",
            ">growth /year",
            ">RMSE",
            ">R^2",
            "chosen");
    for (TrendFit f : r.fits()) {
      fits.row(
          f.quantity().equals(Forecast.CHURN) ? "churn GiB/day" : "machines",
          f.model(),
          Units.number(f.intercept(), 4),
          Units.number(f.slopePerDay(), 6),
          f.model().equals(Trend.EXPONENTIAL)
              ? Units.percent(f.growthPerYear())
              : Units.number(f.growthPerYear(), 2),
          Units.number(f.rmse(), 2),
          Units.number(f.rSquared(), 4),
          f.chosen() ? "yes" : "");
    }
    sb.append(fits.render("  "));
    boolean machines = !r.forecast().isEmpty() && r.forecast().get(0).machines() != null;
    sb.append("\nForecast\n");
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
      if (machines) {
        f.row(
            p.date(),
            Units.number(p.churnGiBPerDay(), 1),
            Units.number(p.churnLowerGiBPerDay(), 1),
            Units.number(p.churnUpperGiBPerDay(), 1),
            Units.number(p.machines(), 1),
            Units.number(p.machinesLower(), 1),
            Units.number(p.machinesUpper(), 1));
      } else {
        f.row(
            p.date(),
            Units.number(p.churnGiBPerDay(), 1),
            Units.number(p.churnLowerGiBPerDay(), 1),
            Units.number(p.churnUpperGiBPerDay(), 1));
      }
    }
    sb.append(f.render("  "));
    sb.append("\nThresholds (exceeded when above the value)\n");
    TextTable c =
        new TextTable("quantity", ">above", "meaning", "status", "expected", "earliest", "latest");
    for (Crossing x : r.crossings()) {
      c.row(
          x.quantity().equals(Forecast.CHURN) ? "churn GiB/day" : "machines",
          Units.number(x.threshold(), 2),
          x.meaning(),
          x.status(),
          x.expectedDate(),
          x.earliestDate(),
          x.latestDate());
    }
    sb.append(c.render("  "));
    return sb.toString();
  }
}
