package org.asrsizing.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.asrsizing.model.Alternative;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;

/**
 * Writes a {@link Plan} as GitHub-flavoured Markdown for tickets and wikis: summary (what to buy,
 * the lower bound, the risks, what was left out), servers with their load against their tiers'
 * published limits and the headroom left, alternative, machines that cannot be protected, machines
 * left out of the inventory counted by reason, findings and assumptions, with units in every
 * header. Cells escape {@code |}; {@code \n} line ends; the same plan always gives the same bytes.
 */
public final class PlanMarkdownWriter {

  private PlanMarkdownWriter() {}

  /** Writes {@code plan} and flushes {@code out}. */
  public static void write(Plan plan, Writer out) throws IOException {
    out.write(toMarkdown(plan));
    out.flush();
  }

  /** The Markdown text of {@code plan}, without its catalog: utilisation is not shown. */
  public static String toMarkdown(Plan plan) {
    return toMarkdown(plan, PlanReportOptions.defaults());
  }

  /** The Markdown text of {@code plan}. */
  public static String toMarkdown(Plan plan, PlanReportOptions options) {
    StringBuilder sb = new StringBuilder("# ASR sizing plan\n\n");
    if (options.date() != null) {
      sb.append("Date: ").append(options.date()).append("\n\n");
    }
    Summary s = plan.summary();
    if (!plan.feasible()) {
      sb.append("**Infeasible:** ")
          .append(s.unplacedMachines())
          .append(" of ")
          .append(Labels.count(s.machines(), "machine"))
          .append(" cannot be protected; see *Not protectable*.\n\n");
    }
    summary(sb, plan);
    servers(sb, plan, new PublishedLimits(options.catalog(), plan.assumptions()));
    NextSteps.markdown(sb, plan);
    alternatives(sb, plan.alternatives());
    unplaced(sb, plan.unplaced());
    compatibility(sb, plan);
    sb.append(LeftOutRows.markdown(plan.findings(), options.listExcluded()));
    findings(sb, LeftOutRows.listed(plan.findings(), options.listExcluded()));
    assumptions(sb, plan.assumptions());
    return sb.toString();
  }

  private static void summary(StringBuilder sb, Plan plan) {
    Summary s = plan.summary();
    Assumptions a = plan.assumptions();
    sb.append("## Summary\n\n");
    MarkdownTable t = new MarkdownTable("item", "value");
    t.row("servers", PlanDigest.servers(plan));
    t.row("total", PlanDigest.totals(plan));
    t.row(
        "lower bound (vCPU)",
        s.lowerBoundVcpus()
            + " (gap "
            + s.gapVcpus()
            + " vCPU, "
            + Units.percent(s.gapPercent())
            + ")");
    t.row("risks", PlanDigest.risks(plan));
    String leftOut = PlanDigest.leftOut(plan);
    if (leftOut != null) {
      t.row("left out", leftOut);
    }
    t.row("catalog", a.catalogId() + " " + a.catalogVersion());
    t.row(
        "machines",
        s.machines()
            + " ("
            + s.placedMachines()
            + " placed, "
            + s.unplacedMachines()
            + " not protectable)"
            + (a.aggregateInput() ? ", aggregate: identical machines sharing the churn" : ""));
    t.row("churn (GiB/day)", Units.number(s.churnGiBPerDay(), 2));
    t.row("scale-out", s.scaleOutRequired() ? "required" : "not required");
    t.row("sites", s.sites());
    t.row("configuration servers", s.configurationServers());
    t.row("process servers", s.processServers());
    t.row("vCPU", s.vcpus());
    t.row("RAM (GiB)", s.memoryGiB());
    t.row("cache disk (GiB)", s.cacheDiskGiB());
    sb.append(t.render());
  }

  private static void servers(StringBuilder sb, Plan plan, PublishedLimits limits) {
    sb.append("\n## Servers\n\n");
    sb.append(
        "Utilisation and headroom are shares of the tier's published limits (the higher of"
            + " machines and churn).\n\n");
    MarkdownTable t =
        new MarkdownTable(
            "id",
            "role",
            "site",
            "configuration server",
            "tier",
            ">vCPU",
            ">RAM (GiB)",
            ">cache disk (GiB)",
            ">machines",
            ">churn (GiB/day)",
            ">utilisation (%)",
            ">headroom (%)",
            "binding limit");
    for (PlannedServer s : ServerOrder.of(plan)) {
      java.util.Optional<Double> util = limits.utilisationPercent(s);
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
          util.map(u -> Units.number(u, 1)).orElse("-"),
          util.map(u -> Units.number(PublishedLimits.headroomPercent(u), 1)).orElse("-"),
          s.bindingLimit());
    }
    Summary sum = plan.summary();
    t.row(
        "**total**",
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
    sb.append(t.render());
  }

  private static void alternatives(StringBuilder sb, List<Alternative> alternatives) {
    sb.append("\n## Alternative\n\n");
    if (alternatives.isEmpty()) {
      sb.append("None: both preferences give the same deployment.\n");
      return;
    }
    MarkdownTable t =
        new MarkdownTable(
            "preference",
            "servers by tier",
            ">servers",
            ">vCPU",
            ">RAM (GiB)",
            ">cache disk (GiB)");
    for (Alternative a : alternatives) {
      t.row(
          Labels.preference(a.preference())
              + " (`--prefer "
              + Labels.preferOption(a.preference())
              + "`)",
          String.join(" + ", a.serversByTier()),
          a.totals().servers(),
          a.totals().vcpus(),
          a.totals().memoryGiB(),
          a.totals().cacheDiskGiB());
    }
    sb.append(t.render());
  }

  private static void unplaced(StringBuilder sb, List<Unplaced> unplaced) {
    sb.append("\n## Not protectable\n\n");
    if (unplaced.isEmpty()) {
      sb.append("None: every machine is placed.\n");
      return;
    }
    MarkdownTable t = new MarkdownTable("machine", "site", ">churn (GiB/day)", "reason");
    for (Unplaced u : unplaced) {
      t.row(u.machine(), u.site(), Units.number(u.churnGiBPerDay(), 2), u.reason());
    }
    sb.append(t.render());
  }

  private static void compatibility(StringBuilder sb, Plan plan) {
    if (plan.compatibility().isEmpty()) {
      return;
    }
    sb.append("\n## Compatibility\n\n").append(CompatibilityRows.counts(plan)).append(".\n\n");
    MarkdownTable t = new MarkdownTable(CompatibilityRows.COLUMNS.toArray(String[]::new));
    for (CompatibilityRows.Row r : CompatibilityRows.of(plan)) {
      t.row(r.cells().toArray());
    }
    sb.append(t.render());
  }

  private static void findings(StringBuilder sb, List<Finding> findings) {
    sb.append("\n## Findings\n\n");
    MarkdownTable t = new MarkdownTable("severity", "rule", "message", "source");
    for (Finding f : findings) {
      t.row(f.severity(), f.rule(), f.message(), f.source());
    }
    sb.append(t.render());
  }

  private static void assumptions(StringBuilder sb, Assumptions a) {
    sb.append("\n## Assumptions\n\n");
    MarkdownTable t = new MarkdownTable("assumption", "value");
    for (AssumptionRows.Row r : AssumptionRows.of(a)) {
      t.row(r.name(), r.text());
    }
    sb.append(t.render());
  }
}
