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
 * Writes a {@link Plan} as text for a person: the summary first (what to buy, the lower bound, the
 * risks, what was left out of the inventory), then the assumptions, servers with their load against
 * their tiers' published limits and the headroom left, totals, the alternative, unplaced machines,
 * the machines left out counted by reason, and findings. Machine names are left to the JSON output;
 * only counts are shown here. Locale-independent, {@code \n} line ends.
 */
public final class PlanTableWriter {

  private PlanTableWriter() {}

  /** Writes {@code plan} and flushes {@code out}. */
  public static void write(Plan plan, Writer out) throws IOException {
    out.write(toText(plan));
    out.flush();
  }

  /** The text of {@code plan}, without its catalog: utilisation is not shown. */
  public static String toText(Plan plan) {
    return toText(plan, PlanReportOptions.defaults());
  }

  /** The text of {@code plan}. */
  public static String toText(Plan plan, PlanReportOptions options) {
    StringBuilder sb = new StringBuilder();
    summary(sb, plan);
    header(sb, plan.assumptions(), plan.summary());
    servers(sb, plan, new PublishedLimits(options.catalog(), plan.assumptions()));
    NextSteps.table(sb, plan);
    alternatives(sb, plan.alternatives());
    unplaced(sb, plan.unplaced());
    compatibility(sb, plan);
    sb.append(LeftOutRows.table(plan.findings(), options.listExcluded()));
    findings(sb, LeftOutRows.listed(plan.findings(), options.listExcluded()));
    return sb.toString();
  }

  private static void summary(StringBuilder sb, Plan plan) {
    Summary s = plan.summary();
    sb.append("ASR sizing plan")
        .append(s.unplacedMachines() == 0 ? "" : " (INFEASIBLE: some machines cannot be protected)")
        .append('\n');
    sb.append("  servers:     ").append(PlanDigest.servers(plan)).append('\n');
    sb.append("  total:       ").append(PlanDigest.totals(plan)).append('\n');
    sb.append("  lower bound: ")
        .append(s.lowerBoundVcpus())
        .append(" vCPU; this plan uses ")
        .append(s.vcpus())
        .append(" vCPU (gap ")
        .append(s.gapVcpus())
        .append(" vCPU, ")
        .append(Units.percent(s.gapPercent()))
        .append(")\n");
    sb.append("  risks:       ").append(PlanDigest.risks(plan)).append('\n');
    String leftOut = PlanDigest.leftOut(plan);
    if (leftOut != null) {
      sb.append("  left out:    ").append(leftOut).append('\n');
    }
  }

  private static void header(StringBuilder sb, Assumptions a, Summary s) {
    sb.append("\nAssumptions\n");
    sb.append("  catalog:    ").append(a.catalogId()).append(' ').append(a.catalogVersion());
    sb.append('\n');
    sb.append("  growth:     ").append(Units.percent(a.growthPercent()));
    sb.append("   headroom: ").append(Units.percent(a.headroomPercent()));
    sb.append("   prefer: ").append(Labels.preference(a.preference()));
    if (a.configurationServerMachineLimit() != null) {
      sb.append("   configuration server limit: ")
          .append(a.configurationServerMachineLimit())
          .append(" machines");
    }
    sb.append('\n');
    sb.append("  units:      ").append(a.storageUnits()).append('\n');
    sb.append("  workload:   ")
        .append(count(s.machines(), "machine"))
        .append(a.aggregateInput() ? " (aggregate: identical machines sharing the churn)" : "")
        .append(", ")
        .append(Units.churn(s.churnGiBPerDay()))
        .append(", scale-out ")
        .append(s.scaleOutRequired() ? "required" : "not required")
        .append('\n');
  }

  private static void servers(StringBuilder sb, Plan plan, PublishedLimits limits) {
    sb.append("\nServers (util % and headroom % of the tier's published limits)\n");
    // A site column only where there is more than one site, so one-site plans read as before.
    boolean sites = plan.summary().sites() > 1;
    List<String> headers =
        new java.util.ArrayList<>(
            List.of(
                "id",
                "role",
                "parent",
                "tier",
                ">vCPU",
                ">RAM GiB",
                ">cache GiB",
                ">machines",
                ">churn GiB/day",
                ">util %",
                ">headroom %",
                "binding limit"));
    if (sites) {
      headers.add(2, "site");
    }
    TextTable t = new TextTable(headers.toArray(String[]::new));
    for (PlannedServer s : plan.configurationServers()) {
      row(t, s, limits, sites);
      for (PlannedServer p : plan.processServers()) {
        if (s.id().equals(p.configurationServer())) {
          row(t, p, limits, sites);
        }
      }
    }
    Summary sum = plan.summary();
    List<Object> total =
        new java.util.ArrayList<>(
            java.util.Arrays.asList(
                "total",
                servers(sum.configurationServers() + sum.processServers()),
                "",
                "",
                sum.vcpus(),
                sum.memoryGiB(),
                sum.cacheDiskGiB(),
                sum.placedMachines(),
                Units.number(sum.churnGiBPerDay() - ServerOrder.unplacedChurn(plan), 2),
                "",
                "",
                ""));
    if (sites) {
      total.add(2, "");
    }
    t.row(total.toArray());
    sb.append(t.render("  "));
  }

  private static void row(TextTable t, PlannedServer s, PublishedLimits limits, boolean sites) {
    java.util.Optional<Double> util = limits.utilisationPercent(s);
    List<Object> cells =
        new java.util.ArrayList<>(
            java.util.Arrays.asList(
                s.id(),
                Labels.role(s.role()),
                s.configurationServer(),
                s.tier(),
                s.vcpus(),
                s.memoryGiB(),
                s.cacheDiskGiB(),
                s.machines(),
                Units.number(s.churnGiBPerDay(), 2),
                util.map(u -> Units.number(u, 1)).orElse(null),
                util.map(u -> Units.number(PublishedLimits.headroomPercent(u), 1)).orElse(null),
                s.bindingLimit()));
    if (sites) {
      cells.add(2, s.site());
    }
    t.row(cells.toArray());
  }

  private static void alternatives(StringBuilder sb, List<Alternative> alternatives) {
    for (Alternative a : alternatives) {
      sb.append("\nAlternative (")
          .append(Labels.preference(a.preference()))
          .append(", --prefer ")
          .append(Labels.preferOption(a.preference()))
          .append("): ")
          .append(String.join(" + ", a.serversByTier()))
          .append('\n');
      sb.append("  total: ")
          .append(servers(a.totals().servers()))
          .append(", ")
          .append(a.totals().vcpus())
          .append(" vCPU, ")
          .append(a.totals().memoryGiB())
          .append(" GiB RAM, ")
          .append(a.totals().cacheDiskGiB())
          .append(" GiB cache disk\n");
    }
  }

  /** Appends the machines that cannot be protected, with their reasons, if there are any. */
  public static void unplaced(StringBuilder sb, List<Unplaced> unplaced) {
    if (unplaced.isEmpty()) {
      return;
    }
    sb.append("\nUnplaced machines (cannot be protected)\n");
    TextTable t = new TextTable("machine", ">churn GiB/day", "reason");
    for (Unplaced u : unplaced) {
      t.row(u.machine(), Units.number(u.churnGiBPerDay(), 2), u.reason());
    }
    sb.append(t.render("  "));
  }

  /** Appends the compatible / incompatible view, when the checks found anything. */
  static void compatibility(StringBuilder sb, Plan plan) {
    if (plan.compatibility().isEmpty()) {
      return;
    }
    sb.append("\nCompatibility: ").append(CompatibilityRows.counts(plan)).append('\n');
    TextTable t = new TextTable("machine", "verdict", "rule", "reason", "source");
    for (CompatibilityRows.Row r : CompatibilityRows.of(plan)) {
      t.row(r.machine(), r.verdict(), r.rule(), r.reason(), r.source());
    }
    sb.append(t.render("  "));
  }

  /** Appends a Findings section: severity, rule, message and source of each finding. */
  public static void findings(StringBuilder sb, List<Finding> findings) {

    sb.append("\nFindings\n");
    for (Finding f : findings) {
      sb.append("  ")
          .append(f.severity())
          .append("  ")
          .append(f.rule())
          .append(": ")
          .append(f.message())
          .append('\n');
      if (f.source() != null && !f.source().isEmpty()) {
        sb.append("      source: ").append(f.source()).append('\n');
      }
    }
  }

  private static String servers(int n) {
    return count(n, "server");
  }

  private static String count(int n, String noun) {
    return Labels.count(n, noun);
  }
}
