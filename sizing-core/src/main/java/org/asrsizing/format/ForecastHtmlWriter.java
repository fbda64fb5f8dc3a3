package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.Crossing;
import org.asrsizing.whatif.Forecast;
import org.asrsizing.whatif.ForecastPoint;
import org.asrsizing.whatif.ForecastResult;
import org.asrsizing.whatif.WhatIfContext;

/**
 * Writes a {@link ForecastResult} as one self-contained HTML page: when the catalog's thresholds
 * are expected to be exceeded first, then the forecast churn and machines month by month with their
 * prediction intervals and the thresholds in range as charts, each with its table, and the fitted
 * trends. Same frame, escaping and determinism as {@link PlanHtmlWriter}.
 */
public final class ForecastHtmlWriter {

  /** A threshold further above the forecast than this factor would flatten the chart: left out. */
  private static final double THRESHOLDS_IN_RANGE = 2;

  private ForecastHtmlWriter() {}

  /** The HTML page of {@code r}. */
  public static String toHtml(ForecastResult r, WhatIfContext context) {
    return toHtml(r, context, null);
  }

  /** The HTML page of {@code r}, dated {@code date} ({@code null}: no date). */
  public static String toHtml(ForecastResult r, WhatIfContext context, String date) {
    String subject =
        Labels.count(r.points(), "measurement")
            + ", "
            + r.firstDate()
            + " to "
            + r.lastDate()
            + ", prediction intervals "
            + Units.percent(r.confidencePercent());
    Markup m =
        HtmlPage.open(
            "ASR forecast: " + subject, "ASR forecast", context.catalog() + " · " + subject, date);
    m.append(summary(r, context));
    m.open("section", "id", "charts").line().element("h2", "Forecast month by month").line();
    m.append(chart(r, Forecast.CHURN, "Churn", "GiB/day", ForecastPoint::churnGiBPerDay));
    if (!r.forecast().isEmpty() && r.forecast().get(0).machines() != null) {
      m.append(chart(r, Forecast.MACHINES, "Machines", "machines", p -> p.machines()));
    }
    m.closeLine("section");
    m.append(trends(r));
    return HtmlPage.close(m, context.catalog(), context.storageUnits());
  }

  private static Markup summary(ForecastResult r, WhatIfContext context) {
    Markup m = WhatIfHtml.start("When the thresholds are exceeded");
    HtmlTable t = new HtmlTable("thresholds-table", false, ForecastWriter.THRESHOLD_COLUMNS);
    r.crossings().forEach(x -> t.row(ForecastWriter.thresholdCells(x)));
    m.append(t.render());
    m.open("div", "class", "cards").line();
    Markup first = HtmlSummary.card("Next threshold");
    first.element("p", next(r)).line();
    m.append(first.closeLine("div"));
    Markup a = WhatIfHtml.assumptions(context);
    HtmlDetails.entry(
        a,
        "history",
        Labels.count(r.points(), "measurement") + ", " + r.firstDate() + " to " + r.lastDate());
    HtmlDetails.entry(a, "model", "chosen by " + r.criterion());
    HtmlDetails.entry(
        a, "intervals", Units.percent(r.confidencePercent()) + " prediction intervals");
    m.append(WhatIfHtml.closeCard(a));
    return WhatIfHtml.end(m);
  }

  /** The thresholds already exceeded, and the one the trend exceeds next, in words. */
  private static String next(ForecastResult r) {
    List<String> already = new ArrayList<>();
    Crossing next = null;
    for (Crossing x : r.crossings()) {
      if (x.status().equals("already")) {
        already.add(ForecastWriter.quantity(x.quantity()) + " " + Units.number(x.threshold(), 0));
      } else if (x.expectedDate() != null
          && (next == null || x.expectedDate().compareTo(next.expectedDate()) < 0)) {
        next = x;
      }
    }
    String text =
        already.isEmpty()
            ? ""
            : "The last measurement already exceeds "
                + Labels.count(already.size(), "threshold")
                + " ("
                + Units.names(already, 6)
                + "). ";
    if (next == null) {
      return text + "No other threshold is expected to be exceeded by " + last(r) + ".";
    }
    return text
        + "The trend of "
        + ForecastWriter.quantity(next.quantity())
        + " exceeds "
        + Units.number(next.threshold(), 2)
        + " ("
        + next.meaning()
        + ") on "
        + next.expectedDate()
        + (next.earliestDate() == null ? "" : ", at the earliest on " + next.earliestDate())
        + ": plan the servers it needs before then.";
  }

  private static String last(ForecastResult r) {
    return r.forecast().isEmpty() ? r.lastDate() : r.forecast().get(r.forecast().size() - 1).date();
  }

  private static Markup chart(
      ForecastResult r,
      String quantity,
      String title,
      String unit,
      ToDoubleFunction<ForecastPoint> expected) {
    List<ForecastPoint> points = r.forecast();
    boolean churn = quantity.equals(Forecast.CHURN);
    int n = points.size();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    HtmlTable t =
        new HtmlTable("forecast-" + quantity, false, "date", ">expected " + unit, ">low", ">high");
    double top = 0;
    for (int i = 0; i < n; i++) {
      ForecastPoint p = points.get(i);
      x[i] = i;
      y[i] = expected.applyAsDouble(p);
      low[i] = churn ? p.churnLowerGiBPerDay() : p.machinesLower();
      high[i] = churn ? p.churnUpperGiBPerDay() : p.machinesUpper();
      top = Math.max(top, high[i]);
      t.row(p.date(), Units.number(y[i], 1), Units.number(low[i], 1), Units.number(high[i], 1));
    }
    List<LineChart.Reference> thresholds = new ArrayList<>();
    for (Crossing c : r.crossings()) {
      if (c.quantity().equals(quantity) && c.threshold() <= THRESHOLDS_IN_RANGE * top) {
        thresholds.add(
            new LineChart.Reference(
                c.threshold(), c.meaning() + " " + Units.number(c.threshold(), 0)));
      }
    }
    int step = Math.max(1, (int) Math.ceil(n / 8.0));
    List<LineChart.Tick> ticks = new ArrayList<>();
    for (int i = 0; i < n; i += step) {
      ticks.add(new LineChart.Tick(i, points.get(i).date()));
    }
    String alt =
        "Line chart of the forecast "
            + title.toLowerCase(java.util.Locale.ROOT)
            + " ("
            + unit
            + ") from "
            + (n == 0 ? r.lastDate() : points.get(0).date())
            + " to "
            + last(r)
            + " with the low and high ends of the prediction interval"
            + (thresholds.isEmpty()
                ? ""
                : " and " + Labels.count(thresholds.size(), "threshold") + " as lines");
    Markup m = HtmlCharts.figure(title + " (" + unit + ")", alt);
    if (n == 0) {
      m.element("p", "The forecast has no month: --horizon is 0.", "class", "note").line();
      return m.closeLine("figure");
    }
    m.append(
        LineChart.svg(
            "chart-forecast-" + quantity,
            alt,
            "month",
            unit,
            List.of(
                new LineChart.Series("expected", "series-vcpu", x, y),
                new LineChart.Series("low", "series-band", x, low),
                new LineChart.Series("high", "series-band", x, high)),
            ticks,
            thresholds,
            List.of()));
    return HtmlCharts.table(m, t, title + " table");
  }

  private static Markup trends(ForecastResult r) {
    HtmlTable t = new HtmlTable("trends-table", false, ForecastWriter.TREND_COLUMNS);
    r.fits().forEach(f -> t.row(ForecastWriter.trendCells(f)));
    Markup m = HtmlDetails.section("trends", "Fitted trends");
    m.element(
            "p",
            "x is days since "
                + r.firstDate()
                + "; linear: y = intercept + slope x; exponential: ln y = intercept + slope x.")
        .line();
    return m.append(t.render()).closeLine("section");
  }
}
