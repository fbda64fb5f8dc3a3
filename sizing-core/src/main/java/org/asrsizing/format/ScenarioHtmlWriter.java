package org.asrsizing.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.whatif.Deployment;
import org.asrsizing.whatif.ScenarioComparison;
import org.asrsizing.whatif.ScenarioRow;
import org.asrsizing.whatif.WhatIfContext;

/**
 * Writes a {@link ScenarioComparison} as one self-contained HTML page: every scenario side by side
 * and which one costs least first, then the cost of each as bars (vCPU, with servers) with the
 * table of servers, vCPU, memory and cache disk beside. Same frame, escaping and determinism as
 * {@link PlanHtmlWriter}.
 */
public final class ScenarioHtmlWriter {

  private ScenarioHtmlWriter() {}

  /** The HTML page of {@code c}. */
  public static String toHtml(ScenarioComparison c, WhatIfContext context) {
    return toHtml(c, context, null);
  }

  /** The HTML page of {@code c}, dated {@code date} ({@code null}: no date). */
  public static String toHtml(ScenarioComparison c, WhatIfContext context, String date) {
    String subject = Labels.count(c.scenarios().size(), "scenario") + " side by side";
    Markup m =
        HtmlPage.open(
            "ASR scenarios: " + subject,
            "ASR scenarios",
            context.catalog() + " · " + subject,
            date);
    m.append(summary(c, context));
    m.append(chart(c));
    return HtmlPage.close(m, context.catalog(), context.storageUnits());
  }

  private static Markup summary(ScenarioComparison c, WhatIfContext context) {
    Markup m = WhatIfHtml.start("Scenarios side by side");
    HtmlTable t = DeploymentColumns.html("scenarios-table", true, ScenarioWriter.LEADING);
    for (ScenarioRow r : c.scenarios()) {
      DeploymentColumns.row(t, r.deployment(), ScenarioWriter.leading(r));
    }
    m.append(t.render());
    m.open("div", "class", "cards").line();
    Markup verdict = HtmlSummary.card("Least cost");
    verdict.element("p", verdict(c.scenarios())).line();
    m.append(verdict.closeLine("div"));
    Markup a = WhatIfHtml.assumptions(context);
    HtmlDetails.entry(
        a, "defaults", "what a scenario leaves out comes from the command line's options");
    m.append(WhatIfHtml.closeCard(a));
    return WhatIfHtml.end(m);
  }

  /** The cheapest scenario that protects every machine, and the dearest against it. */
  private static String verdict(List<ScenarioRow> rows) {
    List<ScenarioRow> feasible =
        rows.stream().filter(r -> r.deployment().unplacedMachines() == 0).toList();
    if (feasible.isEmpty()) {
      return "No scenario protects every machine; see the unplaced column.";
    }
    Comparator<ScenarioRow> cost =
        Comparator.comparingInt((ScenarioRow r) -> r.deployment().vcpus())
            .thenComparingInt(r -> total(r.deployment()));
    ScenarioRow least = feasible.stream().min(cost).orElseThrow();
    ScenarioRow most = feasible.stream().max(cost).orElseThrow();
    String text =
        "'"
            + least.name()
            + "' needs the fewest vCPUs: "
            + least.deployment().vcpus()
            + " vCPU on "
            + Labels.count(total(least.deployment()), "server")
            + ".";
    if (most != least && most.deployment().vcpus() > least.deployment().vcpus()) {
      text +=
          " '"
              + most.name()
              + "' needs the most: "
              + most.deployment().vcpus()
              + " vCPU on "
              + Labels.count(total(most.deployment()), "server")
              + ".";
    }
    int unprotected = rows.size() - feasible.size();
    return unprotected == 0
        ? text
        : text + " " + Labels.count(unprotected, "scenario") + " leave machines unprotected.";
  }

  private static int total(Deployment d) {
    return d.configurationServers() + d.processServers();
  }

  private static Markup chart(ScenarioComparison c) {
    List<BarChart.Bar> bars = new ArrayList<>();
    HtmlTable t =
        new HtmlTable(
            "cost-table",
            false,
            "scenario",
            ">servers",
            ">vCPU",
            ">memory GiB",
            ">cache disk GiB",
            ">unplaced machines");
    List<String> parts = new ArrayList<>();
    for (ScenarioRow r : c.scenarios()) {
      Deployment d = r.deployment();
      bars.add(
          new BarChart.Bar(
              r.name(),
              d.vcpus(),
              d.vcpus() + " vCPU, " + Labels.count(total(d), "server"),
              d.unplacedMachines() > 0 ? "churn" : "ps"));
      t.row(r.name(), total(d), d.vcpus(), d.memoryGiB(), d.cacheDiskGiB(), d.unplacedMachines());
      parts.add(r.name() + " " + d.vcpus() + " vCPU");
    }
    String alt = "Bar chart of the vCPUs each scenario needs: " + String.join(", ", parts);
    Markup m = HtmlDetails.section("charts", "Cost of each scenario");
    Markup f = HtmlCharts.figure("vCPU by scenario", alt);
    f.append(BarChart.svg("chart-scenarios", bars, alt));
    if (bars.stream().anyMatch(b -> b.cls().equals("churn"))) {
      f.element(
              "p",
              "A scenario in the other colour leaves machines unprotected; its cost is not the"
                  + " whole cost.",
              "class",
              "note")
          .line();
    }
    return m.append(HtmlCharts.table(f, t, "Cost table")).closeLine("section");
  }
}
