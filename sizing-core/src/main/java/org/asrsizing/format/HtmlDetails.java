package org.asrsizing.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Alternative;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;

/**
 * The report after its charts: servers, the alternative, machines that cannot be protected, the
 * machine assignment, findings by severity and every assumption. Long lists are collapsed behind
 * their count, so the printed report stays short.
 */
final class HtmlDetails {

  /** A rule with more findings than this in one severity is collapsed behind its count. */
  static final int OPEN_FINDINGS = 5;

  private HtmlDetails() {}

  static Markup of(Plan plan, Catalog catalog) {
    Markup m = new Markup();
    m.append(servers(plan, catalog));
    m.append(NextSteps.html(plan));
    m.append(alternatives(plan.alternatives()));
    m.append(unplaced(plan.unplaced()));
    if (!plan.compatibility().isEmpty()) {
      m.append(compatibility(plan));
    }
    m.append(machines(plan));
    m.append(findings(plan));
    m.append(assumptions(plan));
    return m;
  }

  private static Markup servers(Plan plan, Catalog catalog) {
    HtmlTable t =
        new HtmlTable(
            "servers-table",
            true,
            "id",
            "role",
            "site",
            "configuration server",
            "tier",
            ">vCPU",
            ">memory GiB",
            ">cache disk GiB",
            ">machines",
            ">churn GiB/day",
            ">machines % of published limit",
            ">churn % of published limit",
            "binding limit");
    for (PlannedServer s : ServerOrder.of(plan)) {
      PublishedLimit limit = PublishedLimit.of(s, catalog, plan.assumptions());
      t.row(
          s.id(),
          Labels.role(s.role()),
          s.site(),
          s.configurationServer(),
          s.tier(),
          s.vcpus(),
          s.memoryGiB(),
          s.cacheDiskGiB(),
          s.machines(),
          Units.number(s.churnGiBPerDay(), 2),
          Units.number(limit.machinePercent(s), 1),
          limit.churnGiBPerDay() > 0 ? Units.number(limit.churnPercent(s), 1) : "-",
          s.bindingLimit());
    }
    Summary sum = plan.summary();
    t.total(
        "total",
        Labels.count(sum.configurationServers() + sum.processServers(), "server"),
        "",
        "",
        "",
        sum.vcpus(),
        sum.memoryGiB(),
        sum.cacheDiskGiB(),
        sum.placedMachines(),
        Units.number(sum.churnGiBPerDay() - ServerOrder.unplacedChurn(plan), 2),
        "",
        "",
        "");
    return section("servers", "Servers").append(t.render()).closeLine("section");
  }

  private static Markup alternatives(List<Alternative> alternatives) {
    Markup m = section("alternative", "Alternative");
    if (alternatives.isEmpty()) {
      m.element("p", "None: both preferences give the same deployment.").line();
      return m.closeLine("section");
    }
    HtmlTable t =
        new HtmlTable(
            "alternative-table",
            false,
            "preference",
            "servers by tier",
            ">servers",
            ">vCPU",
            ">memory GiB",
            ">cache disk GiB");
    for (Alternative a : alternatives) {
      t.row(
          Labels.preference(a.preference()),
          String.join(" + ", a.serversByTier()),
          a.totals().servers(),
          a.totals().vcpus(),
          a.totals().memoryGiB(),
          a.totals().cacheDiskGiB());
    }
    return m.append(t.render()).closeLine("section");
  }

  /** The compatible / incompatible view: each machine with findings, every reason and source. */
  static Markup compatibility(Plan plan) {
    Markup m = section("compatibility", "Compatibility");
    m.element("p", CompatibilityRows.counts(plan)).line();
    HtmlTable t =
        new HtmlTable(
            "compatibility-table", true, CompatibilityRows.COLUMNS.toArray(String[]::new));
    for (CompatibilityRows.Row r : CompatibilityRows.of(plan)) {
      t.row(r.cells().toArray());
    }
    return collapsed(m, Labels.count(plan.compatibility().size(), "machine") + " with findings", t)
        .closeLine("section");
  }

  static Markup unplaced(List<Unplaced> unplaced) {
    Markup m = section("not-protectable", "Not protectable");
    if (unplaced.isEmpty()) {
      m.element("p", "None: every machine is placed.").line();
      return m.closeLine("section");
    }
    HtmlTable t =
        new HtmlTable("unplaced-table", true, "machine", "site", ">churn GiB/day", "reason");
    for (Unplaced u : unplaced) {
      t.row(u.machine(), u.site(), Units.number(u.churnGiBPerDay(), 2), u.reason());
    }
    return collapsed(m, Labels.count(unplaced.size(), "machine") + " cannot be protected", t)
        .closeLine("section");
  }

  private static Markup machines(Plan plan) {
    HtmlTable t =
        new HtmlTable(
            "machines-table", true, "machine", "site", "server", "role", "tier", ">churn GiB/day");
    for (PlannedServer s : ServerOrder.of(plan)) {
      List<Double> churn = s.assignedChurnGiBPerDay();
      for (int i = 0; i < s.assignedMachines().size(); i++) {
        t.row(
            s.assignedMachines().get(i),
            s.site(),
            s.id(),
            Labels.role(s.role()),
            s.tier(),
            churn.isEmpty() ? "-" : Units.number(churn.get(i), 2));
      }
    }
    Markup m = section("machines", "Machine assignment");
    return collapsed(m, Labels.count(t.size(), "machine") + " and the server each is on", t)
        .closeLine("section");
  }

  private static Markup findings(Plan plan) {
    return findings(plan.findings());
  }

  /** Findings grouped by severity, most severe first, each rule's long lists collapsed. */
  static Markup findings(List<Finding> findings) {
    Markup m = section("findings", "Findings");
    if (findings.isEmpty()) {
      m.element("p", "None.").line();
    }
    for (Map.Entry<Severity, Long> e : PlanHtmlWriter.bySeverity(findings).entrySet()) {
      Severity sev = e.getKey();
      String name = sev.name().toLowerCase(java.util.Locale.ROOT);
      m.open("div", "id", "findings-" + name, "class", "severity " + name).line();
      m.element("h3", sev.name() + " (" + e.getValue() + ")").line();
      Map<String, List<Finding>> byRule = new LinkedHashMap<>();
      for (Finding f : findings) {
        if (f.severity() == sev) {
          byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
      }
      byRule.forEach((rule, list) -> rule(m, rule, list));
      m.closeLine("div");
    }
    return m.closeLine("section");
  }

  private static void rule(Markup m, String rule, List<Finding> list) {
    Markup items = new Markup().open("ul", "class", "findings").line();
    for (Finding f : list) {
      items.open("li").element("code", f.rule()).text(" " + f.message());
      if (f.source() != null && !f.source().isEmpty()) {
        items
            .open("span", "class", "source")
            .text("source: ")
            .append(HtmlTable.Link.source(f.source()).render())
            .close("span");
      }
      items.closeLine("li");
    }
    items.closeLine("ul");
    if (list.size() > OPEN_FINDINGS) {
      m.open("details")
          .element("summary", rule + ": " + Labels.count(list.size(), "finding"))
          .line()
          .append(items)
          .closeLine("details");
    } else {
      m.append(items);
    }
  }

  private static Markup assumptions(Plan plan) {
    HtmlTable t = new HtmlTable("assumptions-table", false, "assumption", "value");
    for (AssumptionRows.Row r : AssumptionRows.of(plan.assumptions())) {
      t.row(r.name(), r.text());
    }
    return section("assumptions", "Assumptions").append(t.render()).closeLine("section");
  }

  static Markup collapsed(Markup m, String summary, HtmlTable t) {
    return m.open("details")
        .element("summary", summary)
        .line()
        .append(t.render())
        .closeLine("details");
  }

  /** One term and its definition of a {@code <dl>} of a card. */
  static void entry(Markup m, String term, String definition) {
    m.element("dt", term).element("dd", definition).line();
  }

  static Markup section(String id, String title) {
    return new Markup().open("section", "id", id).line().element("h2", title).line();
  }
}
