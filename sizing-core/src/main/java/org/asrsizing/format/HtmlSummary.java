package org.asrsizing.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Units;

/**
 * The report's first screen, for whoever decides: what to buy, the lower bound and the gap to it,
 * the risks with their counts, and the assumptions the numbers rest on.
 */
final class HtmlSummary {

  private HtmlSummary() {}

  static Markup of(Plan plan) {
    Markup m = new Markup().open("section", "id", "summary", "class", "first-screen").line();
    m.element("h2", "What to buy").line();
    m.append(toBuy(plan).render());
    m.open("div", "class", "cards").line();
    m.append(lowerBound(plan.summary()));
    m.append(risks(plan));
    m.append(assumptions(plan));
    return m.closeLine("div").closeLine("section");
  }

  private static HtmlTable toBuy(Plan plan) {
    // Where there is more than one site, each site's servers are bought for that site.
    boolean sites = plan.summary().sites() > 1;
    List<String> headers =
        new ArrayList<>(
            List.of(
                "role",
                "tier",
                ">servers",
                ">vCPU each",
                ">memory GiB each",
                ">cache disk GiB each",
                ">vCPU",
                ">memory GiB",
                ">cache disk GiB"));
    if (sites) {
      headers.add(0, "site");
    }
    HtmlTable t = new HtmlTable("to-buy", false, headers.toArray(String[]::new));
    Map<String, List<PlannedServer>> groups = new LinkedHashMap<>();
    for (PlannedServer s : ServerOrder.of(plan)) {
      String key = (sites ? s.site() + "\n" : "") + Labels.role(s.role()) + "\n" + s.tier();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    for (List<PlannedServer> g : groups.values()) {
      PlannedServer s = g.get(0);
      int n = g.size();
      List<Object> cells =
          new ArrayList<>(
              java.util.Arrays.asList(
                  Labels.role(s.role()),
                  s.tier(),
                  n,
                  s.vcpus(),
                  s.memoryGiB(),
                  s.cacheDiskGiB(),
                  (long) n * s.vcpus(),
                  (long) n * s.memoryGiB(),
                  (long) n * s.cacheDiskGiB()));
      if (sites) {
        cells.add(0, s.site());
      }
      t.row(cells.toArray());
    }
    Summary sum = plan.summary();
    List<Object> total =
        new ArrayList<>(
            java.util.Arrays.asList(
                "total",
                "",
                sum.configurationServers() + sum.processServers(),
                "",
                "",
                "",
                sum.vcpus(),
                sum.memoryGiB(),
                sum.cacheDiskGiB()));
    if (sites) {
      total.add(1, "");
    }
    t.total(total.toArray());
    return t;
  }

  private static Markup lowerBound(Summary s) {
    Markup m = card("Lower bound and gap");
    m.open("p", "class", "big").text(s.lowerBoundVcpus() + " vCPU").closeLine("p");
    m.element(
            "p",
            "No deployment of the "
                + Labels.count(s.placedMachines(), "protectable machine")
                + " needs fewer vCPUs. This plan uses "
                + s.vcpus()
                + " vCPU: a gap of "
                + s.gapVcpus()
                + " vCPU ("
                + Units.percent(s.gapPercent())
                + ")"
                + (s.gapVcpus() == 0 ? ", so it is optimal." : "."))
        .line();
    return m.closeLine("div");
  }

  private static Markup risks(Plan plan) {
    Markup m = card("Risks");
    Map<Severity, Long> counts = PlanHtmlWriter.bySeverity(plan);
    m.open("ul", "class", "counts").line();
    count(m, plan.summary().unplacedMachines(), "machine", "not protectable", "#not-protectable");
    count(m, counts.getOrDefault(Severity.ERROR, 0L), "error", "", "#findings-error");
    count(m, counts.getOrDefault(Severity.WARNING, 0L), "warning", "", "#findings-warning");
    count(
        m,
        PlanHtmlWriter.findings(plan, Rule.INVENTORY_EXCLUDED).size(),
        "machine",
        "left out of the inventory",
        "#findings-info");
    count(
        m,
        PlanHtmlWriter.findings(plan, Rule.INVENTORY_SKIPPED).size(),
        "inventory row",
        "skipped as unreadable",
        "#findings-warning");
    m.closeLine("ul");
    Map<String, Long> warnings = new LinkedHashMap<>();
    for (Finding f : plan.findings()) {
      if (f.severity() != Severity.INFO) {
        warnings.merge(f.rule(), 1L, Long::sum);
      }
    }
    if (!warnings.isEmpty()) {
      m.open("p", "class", "note").text("By rule: ");
      List<String> parts = new ArrayList<>();
      warnings.forEach((rule, n) -> parts.add(rule + " × " + n));
      m.text(String.join(", ", parts)).closeLine("p");
    }
    return m.closeLine("div");
  }

  /** One count of a list of risks: the number linked to {@code href}, green when 0. */
  static void count(Markup m, long n, String noun, String what, String href) {
    m.open("li", "class", n > 0 ? "risk" : "ok");
    m.open("a", "href", href).element("strong", n).close("a");
    String words = Labels.count(n, noun).substring(String.valueOf(n).length());
    m.text(words + (what.isEmpty() ? "" : " " + what)).closeLine("li");
  }

  private static Markup assumptions(Plan plan) {
    Assumptions a = plan.assumptions();
    Markup m = card("Key assumptions");
    m.open("dl").line();
    HtmlDetails.entry(m, "catalog", a.catalogId() + " " + a.catalogVersion());
    HtmlDetails.entry(
        m, "growth", Units.percent(a.growthPercent()) + " applied to machines and churn");
    HtmlDetails.entry(
        m,
        "headroom",
        Units.percent(a.headroomPercent())
            + " of every limit kept free; servers are planned up to "
            + Units.percent(100 - a.headroomPercent())
            + " of their published limits");
    HtmlDetails.entry(m, "preference", Labels.preference(a.preference()));
    if (a.configurationServerMachineLimit() != null) {
      HtmlDetails.entry(
          m,
          "configuration server limit",
          Labels.count(a.configurationServerMachineLimit(), "machine") + " each");
    }
    for (String source : churnSources(plan)) {
      HtmlDetails.entry(m, "churn", source);
    }
    for (Finding f : PlanHtmlWriter.findings(plan, Rule.INVENTORY)) {
      HtmlDetails.entry(m, "input", f.message());
    }
    return m.closeLine("dl").closeLine("div");
  }

  /** Where the machines' churn came from: the inventory's warnings about churn, or the input. */
  private static List<String> churnSources(Plan plan) {
    if (plan.assumptions().aggregateInput()) {
      return List.of("a total daily churn shared equally by identical machines");
    }
    List<String> out = new ArrayList<>();
    for (Rule rule : List.of(Rule.INVENTORY_WARNING, Rule.INVENTORY_ASSUMPTION)) {
      for (Finding f : PlanHtmlWriter.findings(plan, rule)) {
        if (f.message().contains("churn")) {
          out.add(f.message());
        }
      }
    }
    return out.isEmpty() ? List.of("each machine's daily churn as the inventory gives it") : out;
  }

  /** An open card of the first screen with its title; the caller closes its {@code div}. */
  static Markup card(String title) {
    return new Markup().open("div", "class", "card").line().element("h3", title).line();
  }
}
