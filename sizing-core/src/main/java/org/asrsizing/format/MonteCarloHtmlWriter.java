package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.Deployment;
import org.asrsizing.whatif.MonteCarlo;
import org.asrsizing.whatif.MonteCarloResult;
import org.asrsizing.whatif.ServerOdds;
import org.asrsizing.whatif.SimulatedPlan;
import org.asrsizing.whatif.WhatIfContext;

/**
 * Writes a {@link MonteCarloResult} as one self-contained HTML page: the plan of the given options
 * against the cheapest plan that holds first, then for each plan every server's mean and 95th
 * percentile simulated churn against its tier's published churn limit as a chart, with the table
 * beside it, and the findings. Same frame, escaping and determinism as {@link PlanHtmlWriter}.
 */
public final class MonteCarloHtmlWriter {

  private static final UtilisationChart.Series MEAN_P95 =
      new UtilisationChart.Series(
          "mean churn", "machines", "p95 churn", "churn", "published limit");

  private MonteCarloHtmlWriter() {}

  /** The HTML page of {@code r}, planned with the options {@code context} describes. */
  public static String toHtml(MonteCarloResult r, WhatIfContext context, List<Finding> findings) {
    return toHtml(r, context, findings, null);
  }

  /** As above, dated {@code date} ({@code null}: no date). */
  public static String toHtml(
      MonteCarloResult r, WhatIfContext context, List<Finding> findings, String date) {
    String subject =
        r.trials()
            + " simulated days, churn CV "
            + Units.number(r.churnCv(), 3)
            + ", confidence "
            + Units.percent(r.confidencePercent());
    Markup m =
        HtmlPage.open(
            "ASR Monte Carlo: " + subject,
            "ASR Monte Carlo",
            context.catalog() + " · " + subject,
            date);
    m.append(summary(r, context));
    m.append(plan("given", "Plan with the given options", r.plan(), context));
    if (r.holds() != null) {
      m.append(
          plan(
              "holds",
              "Cheapest plan that holds (headroom "
                  + Units.percent(r.holds().headroomPercent())
                  + ")",
              r.holds(),
              context));
    }
    m.append(HtmlDetails.findings(findings));
    return HtmlPage.close(m, context.catalog(), context.storageUnits());
  }

  private static Markup summary(MonteCarloResult r, WhatIfContext context) {
    Markup m = new Markup().open("section", "id", "summary", "class", "first-screen").line();
    m.element("h2", "Does the plan hold?").line();
    HtmlTable t =
        new HtmlTable(
            "plans-table",
            false,
            "plan",
            ">headroom %",
            "configuration servers",
            "process servers",
            ">vCPU",
            ">memory GiB",
            ">cache disk GiB",
            ">days all servers within limits %");
    row(t, "given options", r.plan());
    if (r.holds() != null) {
      row(t, "cheapest that holds", r.holds());
    }
    m.append(t.render());
    String verdict;
    if (r.holds() == null) {
      verdict =
          "No plan with up to "
              + MonteCarlo.MAX_HEADROOM
              + " % headroom holds on "
              + Units.percent(r.confidencePercent())
              + " of the simulated days.";
    } else if (r.holds().headroomPercent() == r.plan().headroomPercent()) {
      verdict =
          "The plan of the given options holds: every server stays within its published limits on"
              + " "
              + Units.percent(100 * r.plan().probabilityAllWithinLimits())
              + " of the simulated days.";
    } else {
      verdict =
          "The plan of the given options holds on "
              + Units.percent(100 * r.plan().probabilityAllWithinLimits())
              + " of the days only; with "
              + Units.percent(r.holds().headroomPercent())
              + " headroom the plan needs "
              + r.holds().deployment().vcpus()
              + " vCPU instead of "
              + r.plan().deployment().vcpus()
              + " and holds on "
              + Units.percent(100 * r.holds().probabilityAllWithinLimits())
              + ".";
    }
    m.open("div", "class", "cards").line();
    m.open("div", "class", "card").line().element("h3", "Verdict").line();
    m.element("p", verdict).line().closeLine("div");
    m.open("div", "class", "card").line().element("h3", "Key assumptions").line().open("dl");
    HtmlDetails.entry(m, "catalog", context.catalog());
    HtmlDetails.entry(m, "simulated days", String.valueOf(r.trials()));
    HtmlDetails.entry(
        m, "churn CV", Units.number(r.churnCv(), 3) + " (lognormal around each machine's churn)");
    HtmlDetails.entry(m, "seed", String.valueOf(r.seed()));
    HtmlDetails.entry(m, "confidence", Units.percent(r.confidencePercent()) + " of days");
    HtmlDetails.entry(m, "method", r.method());
    m.closeLine("dl").closeLine("div");
    return m.closeLine("div").closeLine("section");
  }

  private static void row(HtmlTable t, String name, SimulatedPlan p) {
    Deployment d = p.deployment();
    t.row(
        name,
        Units.number(p.headroomPercent(), 1),
        d.configurationServerTiers(),
        d.processServerTiers(),
        d.vcpus(),
        d.memoryGiB(),
        d.cacheDiskGiB(),
        Units.number(100 * p.probabilityAllWithinLimits(), 1));
  }

  private static Markup plan(String id, String title, SimulatedPlan p, WhatIfContext context) {
    List<UtilisationChart.Bar> bars = new ArrayList<>();
    HtmlTable t = new HtmlTable(id + "-servers", true, MonteCarloWriter.SERVER_COLUMNS);
    for (ServerOdds s : p.servers()) {
      if (bars.size() < HtmlCharts.MAX_SERVERS_CHARTED && s.limitChurnGiBPerDay() > 0) {
        bars.add(
            new UtilisationChart.Bar(
                s.id() + " " + s.tier(),
                100 * s.churnGiBPerDay() / s.limitChurnGiBPerDay(),
                100 * s.p95ChurnGiBPerDay() / s.limitChurnGiBPerDay()));
      }
      t.row(MonteCarloWriter.serverCells(s));
    }
    String alt =
        "Bar chart of each server's mean and 95th-percentile simulated churn as a percentage of"
            + " its tier's published churn limit, "
            + Labels.count(bars.size(), "server")
            + (bars.size() < p.servers().size()
                ? " of " + p.servers().size() + " (the table lists all)"
                : "")
            + "; the headroom line is at "
            + Units.percent(100 - p.headroomPercent());
    Markup m = HtmlDetails.section("plan-" + id, title);
    m.open("figure").line();
    m.append(UtilisationChart.svg("chart-" + id, bars, p.headroomPercent(), alt, MEAN_P95));
    m.element("figcaption", alt, "class", "visually-hidden").line();
    m.append(t.render()).closeLine("figure");
    return m.closeLine("section");
  }
}
