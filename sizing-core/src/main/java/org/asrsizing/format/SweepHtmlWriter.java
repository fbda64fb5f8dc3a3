package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.Deployment;
import org.asrsizing.whatif.Sweep;
import org.asrsizing.whatif.WhatIfContext;

/**
 * Writes a {@link Sweep} as one self-contained HTML page: the first and last value and where the
 * deployment changes first, then the curves of servers and vCPUs against the swept value with the
 * table of every value under them. Same frame, escaping and determinism as {@link PlanHtmlWriter}.
 */
public final class SweepHtmlWriter {

  private SweepHtmlWriter() {}

  /** The HTML page of {@code s}. */
  public static String toHtml(Sweep s, WhatIfContext context) {
    return toHtml(s, context, null);
  }

  /** The HTML page of {@code s}, dated {@code date} ({@code null}: no date). */
  public static String toHtml(Sweep s, WhatIfContext context, String date) {
    String subject = "sweep of " + name(s) + ", " + Labels.count(s.rows().size(), "value");
    Markup m =
        HtmlPage.open("ASR " + subject, "ASR sweep", context.catalog() + " · " + subject, date);
    m.append(summary(s, context));
    m.open("section", "id", "charts").line().element("h2", "Against the " + name(s)).line();
    m.append(curve(s, "servers", "configuration and process servers", true));
    m.append(curve(s, "vcpus", "vCPU", false));
    m.closeLine("section");
    return HtmlPage.close(m, context.catalog(), context.storageUnits());
  }

  /** The varied input with its unit: {@code churn multiplier}, {@code headroom %}. */
  private static String name(Sweep s) {
    return s.variable() + (s.unit().equals("x") ? " multiplier" : " %");
  }

  private static Markup summary(Sweep s, WhatIfContext context) {
    Markup m = WhatIfHtml.start("From the first value to the last");
    HtmlTable ends = DeploymentColumns.html("ends-table", false, ">" + name(s));
    List<Sweep.SweepRow> rows = s.rows();
    for (Sweep.SweepRow r : List.of(rows.get(0), rows.get(rows.size() - 1))) {
      DeploymentColumns.row(ends, r.deployment(), Units.number(r.value(), 4));
      if (rows.size() == 1) {
        break;
      }
    }
    m.append(ends.render());
    m.open("div", "class", "cards").line();
    Markup change = HtmlSummary.card("Where the deployment changes");
    change.element("p", changes(s)).line();
    m.append(change.closeLine("div"));
    m.append(WhatIfHtml.closeCard(WhatIfHtml.assumptions(context)));
    return WhatIfHtml.end(m);
  }

  /** The values at which the servers bought change, in words. */
  private static String changes(Sweep s) {
    List<String> at = new ArrayList<>();
    List<Sweep.SweepRow> rows = s.rows();
    for (int i = 1; i < rows.size(); i++) {
      Deployment a = rows.get(i - 1).deployment();
      Deployment b = rows.get(i).deployment();
      if (!a.configurationServerTiers().equals(b.configurationServerTiers())
          || !a.processServerTiers().equals(b.processServerTiers())) {
        at.add(Units.number(rows.get(i).value(), 4));
      }
    }
    if (at.isEmpty()) {
      return "The same servers carry every value from "
          + Units.number(rows.get(0).value(), 4)
          + " to "
          + Units.number(rows.get(rows.size() - 1).value(), 4)
          + ".";
    }
    return "The servers change "
        + (at.size() == 1 ? "once, at " : Labels.count(at.size(), "time") + ", at ")
        + Units.names(at, 8)
        + "; the first change is at "
        + name(s)
        + " "
        + at.get(0)
        + ".";
  }

  private static Markup curve(Sweep s, String id, String what, boolean servers) {
    List<Sweep.SweepRow> rows = s.rows();
    int n = rows.size();
    double[] x = new double[n];
    double[] y = new double[n];
    List<LineChart.Tick> ticks = new ArrayList<>();
    int step = Math.max(1, (int) Math.ceil(n / 10.0));
    for (int i = 0; i < n; i++) {
      Deployment d = rows.get(i).deployment();
      x[i] = rows.get(i).value();
      y[i] = servers ? d.configurationServers() + d.processServers() : d.vcpus();
      if (i % step == 0) {
        ticks.add(new LineChart.Tick(x[i], Units.number(x[i], 4)));
      }
    }
    String alt =
        "Line chart of the "
            + what
            + " the deployment needs against the "
            + name(s)
            + ", from "
            + Units.number(y[0], 0)
            + " at "
            + Units.number(x[0], 4)
            + " to "
            + Units.number(y[n - 1], 0)
            + " at "
            + Units.number(x[n - 1], 4);
    Markup m = HtmlCharts.figure((servers ? "Servers" : "vCPU") + " against the " + name(s), alt);
    m.append(
        LineChart.svg(
            "chart-sweep-" + id,
            alt,
            name(s),
            servers ? "servers" : "vCPU",
            List.of(new LineChart.Series(what, servers ? "series-servers" : "series-vcpu", x, y)),
            ticks,
            List.of(),
            List.of()));
    if (servers) {
      return m.closeLine("figure");
    }
    HtmlTable t = DeploymentColumns.html("values-table", true, ">" + name(s));
    rows.forEach(r -> DeploymentColumns.row(t, r.deployment(), Units.number(r.value(), 4)));
    return HtmlCharts.table(m, t, "Every value");
  }
}
