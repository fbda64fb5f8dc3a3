package org.asrsizing.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;

/**
 * The report's charts, each a figure with an SVG, its text alternative and the table of the same
 * numbers: utilisation against the published limits, tier mix, and the churn distribution.
 */
final class HtmlCharts {

  /** More bars than this would make the chart taller than a printed page; the table has all. */
  static final int MAX_SERVERS_CHARTED = 40;

  /** A chart's table longer than this is collapsed behind its row count. */
  private static final int OPEN_TABLE_ROWS = 12;

  private HtmlCharts() {}

  static Markup of(Plan plan, Catalog catalog) {
    Markup m = new Markup().open("section", "id", "charts").line();
    m.element("h2", "Charts").line();
    m.append(utilisation(plan, catalog));
    m.append(tierMix(plan));
    m.append(churn(plan));
    return m.closeLine("section");
  }

  private static Markup utilisation(Plan plan, Catalog catalog) {
    List<PlannedServer> servers = new ArrayList<>(ServerOrder.of(plan));
    String scope = "every server";
    if (servers.size() > MAX_SERVERS_CHARTED) {
      servers.sort(
          Comparator.comparingDouble((PlannedServer s) -> -published(s, plan, catalog))
              .thenComparing(PlannedServer::id));
      servers = servers.subList(0, MAX_SERVERS_CHARTED);
      int all = plan.summary().configurationServers() + plan.summary().processServers();
      scope = "the " + MAX_SERVERS_CHARTED + " most loaded of " + all + " servers";
    }
    List<UtilisationChart.Bar> bars = new ArrayList<>();
    HtmlTable t =
        new HtmlTable(
            "utilisation-table",
            false,
            "server",
            "tier",
            ">machines",
            ">published machine limit",
            ">machines % of limit",
            ">churn GiB/day",
            ">published churn limit GiB/day",
            ">churn % of limit");
    boolean estimated = false;
    for (PlannedServer s : servers) {
      PublishedLimit limit = PublishedLimit.of(s, catalog, plan.assumptions());
      estimated |= !limit.fromCatalog();
      boolean churnLimit = limit.churnGiBPerDay() > 0;
      bars.add(
          new UtilisationChart.Bar(
              PlanHtmlWriter.label(s),
              limit.machinePercent(s),
              churnLimit ? limit.churnPercent(s) : null));
      t.row(
          s.id(),
          s.tier(),
          s.machines(),
          limit.machines(),
          Units.number(limit.machinePercent(s), 1),
          Units.number(s.churnGiBPerDay(), 2),
          churnLimit ? Units.number(limit.churnGiBPerDay(), 2) : "none",
          churnLimit ? Units.number(limit.churnPercent(s), 1) : "-");
    }
    double headroom = plan.assumptions().headroomPercent();
    String alt =
        "Bar chart: machines and churn of "
            + scope
            + " as a percentage of its tier's published limit"
            + (headroom > 0
                ? "; the headroom line at "
                    + Units.percent(100 - headroom)
                    + " is the planned limit"
                : "; with 0 % headroom servers are planned up to the published limit");
    Markup m = figure("Utilisation against the published limits", alt);
    m.append(UtilisationChart.svg("chart-utilisation", bars, headroom, alt));
    if (estimated) {
      m.element(
              "p",
              "The plan names another catalog than the one given, so the published limits are the"
                  + " planned ones scaled back up by the headroom.",
              "class",
              "note")
          .line();
    }
    return table(m, t, "Utilisation table");
  }

  private static double published(PlannedServer s, Plan plan, Catalog catalog) {
    PublishedLimit limit = PublishedLimit.of(s, catalog, plan.assumptions());
    return Math.max(limit.machinePercent(s), limit.churnPercent(s));
  }

  private static Markup tierMix(Plan plan) {
    Map<String, List<PlannedServer>> groups = new LinkedHashMap<>();
    for (PlannedServer s : ServerOrder.of(plan)) {
      groups.computeIfAbsent(Labels.role(s.role()) + " " + s.tier(), k -> new ArrayList<>()).add(s);
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    HtmlTable t = new HtmlTable("tier-mix-table", false, "role and tier", ">servers", ">vCPU");
    List<String> parts = new ArrayList<>();
    groups.forEach(
        (name, g) -> {
          long vcpus = g.stream().mapToLong(PlannedServer::vcpus).sum();
          String cls = g.get(0).role() == ServerRole.PROCESS_SERVER ? "ps" : "cs";
          bars.add(
              new BarChart.Bar(
                  name, g.size(), Labels.count(g.size(), "server") + ", " + vcpus + " vCPU", cls));
          t.row(name, g.size(), vcpus);
          parts.add(g.size() + " " + name);
        });
    String alt = "Bar chart of servers by role and tier: " + String.join(", ", parts);
    Markup m = figure("Tier mix", alt);
    m.append(BarChart.svg("chart-tier-mix", bars, alt));
    return table(m, t, "Tier mix table");
  }

  private static Markup churn(Plan plan) {
    List<Double> churn = new ArrayList<>();
    for (PlannedServer s : plan.processServers()) {
      churn.addAll(s.assignedChurnGiBPerDay());
    }
    for (PlannedServer s : plan.configurationServers()) {
      churn.addAll(s.assignedChurnGiBPerDay());
    }
    for (Unplaced u : plan.unplaced()) {
      churn.add(u.churnGiBPerDay());
    }
    List<Histogram.Bin> bins = Histogram.bins(churn);
    HtmlTable t = new HtmlTable("churn-table", false, "daily churn GiB/day", ">machines");
    List<String> parts = new ArrayList<>();
    for (Histogram.Bin b : bins) {
      t.row(b.range(), b.machines());
      if (b.machines() > 0) {
        parts.add(b.machines() + " from " + b.range());
      }
    }
    String alt =
        bins.isEmpty()
            ? "No machine lists its churn in this plan"
            : "Histogram of the machines' daily churn in GiB/day: " + String.join(", ", parts);
    Markup m = figure("Churn distribution of the machines", alt);
    if (bins.isEmpty()) {
      m.element("p", alt + ".", "class", "note").line();
      return m.closeLine("figure");
    }
    m.append(Histogram.svg("chart-churn", bins, alt));
    if (plan.assumptions().aggregateInput()) {
      m.element(
              "p",
              "Aggregate input: every machine has the same share of the total churn.",
              "class",
              "note")
          .line();
    }
    return table(m, t, "Churn distribution table");
  }

  /** An open figure with its title and, for screen readers, its text alternative. */
  static Markup figure(String title, String alt) {
    return new Markup()
        .open("figure")
        .line()
        .element("h3", title)
        .line()
        .element("figcaption", alt, "class", "visually-hidden")
        .line();
  }

  static Markup table(Markup figure, HtmlTable t, String name) {
    if (t.size() > OPEN_TABLE_ROWS) {
      figure
          .open("details")
          .element("summary", name + " (" + Labels.count(t.size(), "row") + ")")
          .line()
          .append(t.render())
          .closeLine("details");
    } else {
      figure.append(t.render());
    }
    return figure.closeLine("figure");
  }
}
