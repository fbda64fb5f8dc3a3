package org.asrsizing.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asrsizing.model.Units;
import org.asrsizing.operate.FailureCheck;
import org.asrsizing.operate.FailureTolerance;
import org.asrsizing.operate.Move;
import org.asrsizing.operate.OperateAssumptions;
import org.asrsizing.operate.OperateText;
import org.asrsizing.operate.PortalOperation;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.RebalanceSummary;
import org.asrsizing.operate.ServerReport;

/**
 * Writes a {@link Rebalance} as text for a person: what was assumed, the change at a glance, each
 * server before and after, the moves, the portal operations, the failure check, the steps and the
 * findings. Locale-independent, {@code \n} line ends.
 */
public final class RebalanceTableWriter {

  /** Moves listed one by one in the table; the JSON output lists them all. */
  static final int MAX_MOVE_ROWS = 20;

  private RebalanceTableWriter() {}

  /** The table of {@code r}, machines left out of its inventory counted by reason. */
  public static String toText(Rebalance r) {
    return toText(r, false);
  }

  /**
   * The table of {@code r}; with {@code listExcluded}, every machine left out of its inventory and
   * every row skipped is listed as a finding instead of counted by reason.
   */
  public static String toText(Rebalance r, boolean listExcluded) {
    StringBuilder sb = new StringBuilder();
    header(sb, r);
    servers(sb, r.servers(), !r.command().equals("health"));
    moves(sb, r);
    operations(sb, r.operations());
    tolerance(sb, r.failureTolerance());
    steps(sb, r.steps());
    PlanTableWriter.unplaced(sb, r.unplaced());
    sb.append(LeftOutRows.table(r.findings(), listExcluded));
    PlanTableWriter.findings(sb, LeftOutRows.listed(r.findings(), listExcluded));
    return sb.toString();
  }

  private static void header(StringBuilder sb, Rebalance r) {
    OperateAssumptions a = r.assumptions();
    RebalanceSummary s = r.summary();
    sb.append("ASR ").append(r.command()).append('\n');
    sb.append("  catalog:    ").append(a.catalogId()).append(' ').append(a.catalogVersion());
    sb.append('\n');
    sb.append("  headroom:   ").append(Units.percent(a.headroomPercent()));
    if (a.configurationServerMachineLimit() != null) {
      sb.append("   configuration server limit: ")
          .append(a.configurationServerMachineLimit())
          .append(" machines");
    }
    sb.append('\n');
    sb.append("  units:      ").append(a.storageUnits()).append('\n');
    sb.append("  machines:   ")
        .append(s.machines())
        .append(" (")
        .append(s.newMachines())
        .append(" new, ")
        .append(s.unplacedMachines())
        .append(" not protectable)\n");
    if (!r.command().equals("health")) {
      sb.append("  moves:      ")
          .append(s.moves())
          .append(" (")
          .append(Units.churn(s.churnMovedGiBPerDay()))
          .append("); lower bound ")
          .append(s.lowerBoundMoves())
          .append('\n');
      sb.append("  added:      ")
          .append(Labels.count(s.serversAdded(), "server"))
          .append(" (+")
          .append(s.addedVcpus())
          .append(" vCPU, +")
          .append(s.addedMemoryGiB())
          .append(" GiB RAM, +")
          .append(s.addedCacheDiskGiB())
          .append(" GiB cache disk)\n");
    } else {
      sb.append("  to fix:     ")
          .append(
              s.lowerBoundMoves() == 0
                  ? "no machine needs to move"
                  : "at least "
                      + s.lowerBoundMoves()
                      + " machine move(s) (sizing rebalance works them out)")
          .append('\n');
    }
    sb.append("  over limit: ").append(Labels.count(s.serversOverLimitBefore(), "server"));
    if (!r.command().equals("health")) {
      sb.append(" before, ").append(s.serversOverLimitAfter()).append(" after");
    }
    sb.append('\n');
  }

  /** Each server with its load; before and after, or as it stands for {@code health}. */
  private static void servers(StringBuilder sb, List<ServerReport> servers, boolean change) {
    sb.append("\nServers (utilisation: the higher of machines and churn against the limit)\n");
    List<String> columns =
        new ArrayList<>(
            List.of(
                "id",
                "role",
                "parent",
                "tier",
                "change",
                "health now",
                ">machines",
                ">churn GiB/day",
                ">limit",
                ">limit GiB/day"));
    columns.addAll(change ? List.of(">util % before", ">util % after") : List.of(">util %"));
    // A site column only where there is more than one site, so one-site deployments read as before.
    boolean sites = servers.stream().map(ServerReport::site).distinct().count() > 1;
    if (sites) {
      columns.add(2, "site");
    }
    TextTable t = new TextTable(columns.toArray(String[]::new));
    for (ServerReport s : servers) {
      List<Object> cells =
          new ArrayList<>(
              Arrays.asList(
                  s.id(),
                  Labels.role(s.role()),
                  s.configurationServer(),
                  s.tier(),
                  s.change(),
                  s.health().name(),
                  change ? machines(s) : String.valueOf(s.machinesBefore()),
                  change ? churn(s) : Units.number(s.churnBeforeGiBPerDay(), 2),
                  s.limitMachines(),
                  s.limitChurnGiBPerDay() == null ? "-" : Units.number(s.limitChurnGiBPerDay(), 2),
                  Units.number(s.utilisationBeforePercent(), 1)));
      if (change) {
        cells.add(Units.number(s.utilisationAfterPercent(), 1));
      }
      if (sites) {
        cells.add(2, s.site());
      }
      t.row(cells.toArray());
    }
    sb.append(t.render("  "));
  }

  private static String machines(ServerReport s) {
    return s.machinesBefore() == s.machinesAfter()
        ? String.valueOf(s.machinesAfter())
        : s.machinesBefore() + " -> " + s.machinesAfter();
  }

  private static String churn(ServerReport s) {
    return sameChurn(s)
        ? Units.number(s.churnAfterGiBPerDay(), 2)
        : Units.number(s.churnBeforeGiBPerDay(), 2)
            + " -> "
            + Units.number(s.churnAfterGiBPerDay(), 2);
  }

  private static boolean sameChurn(ServerReport s) {
    return Units.number(s.churnBeforeGiBPerDay(), 2)
        .equals(Units.number(s.churnAfterGiBPerDay(), 2));
  }

  private static void moves(StringBuilder sb, Rebalance r) {
    if (r.moves().isEmpty() && r.placements().isEmpty()) {
      return;
    }
    sb.append("\nMoves (")
        .append(r.moves().size())
        .append(" machine(s) change server; ")
        .append(r.placements().size())
        .append(" new machine(s) placed)\n");
    TextTable t = new TextTable("machine", "from", "to", ">churn GiB/day");
    int shown = 0;
    for (Move m : r.moves()) {
      if (shown++ < MAX_MOVE_ROWS) {
        t.row(m.machine(), m.from(), m.to(), Units.number(m.churnGiBPerDay(), 2));
      }
    }
    for (Move m : r.placements()) {
      if (shown++ < MAX_MOVE_ROWS) {
        t.row(m.machine(), "(new)", m.to(), Units.number(m.churnGiBPerDay(), 2));
      }
    }
    sb.append(t.render("  "));
    if (shown > MAX_MOVE_ROWS) {
      sb.append("  ... and ")
          .append(shown - MAX_MOVE_ROWS)
          .append(" more; --format json lists every one\n");
    }
  }

  private static void operations(StringBuilder sb, List<PortalOperation> ops) {
    if (ops.isEmpty()) {
      return;
    }
    sb.append("\nPortal operations\n");
    TextTable t =
        new TextTable("#", "operation", "from", "to", ">machines", ">churn GiB/day", "select");
    int i = 1;
    for (PortalOperation o : ops) {
      t.row(
          i++,
          o.operation(),
          o.from() == null ? "-" : o.from(),
          o.to(),
          o.machines(),
          Units.number(o.churnGiBPerDay(), 2),
          o.operation().equals(PortalOperation.SWITCH)
              ? "(whole workload)"
              : OperateText.names(o.machineNames()));
    }
    sb.append(t.render("  "));
  }

  private static void tolerance(StringBuilder sb, FailureTolerance f) {
    if (f == null) {
      return;
    }
    sb.append("\nFailure tolerance (any one server fails; survivors held to their tier limits)\n");
    TextTable t =
        new TextTable("server fails", ">machines", ">churn GiB/day", "absorbed", "by / why not");
    for (FailureCheck c : f.checks()) {
      t.row(
          c.server(),
          c.machines(),
          Units.number(c.churnGiBPerDay(), 2),
          c.tolerated() ? "yes" : "no",
          c.tolerated() ? String.join(", ", c.takenBy()) : c.reason());
    }
    sb.append(t.render("  "));
    if (!f.checks().stream().allMatch(FailureCheck::tolerated)) {
      sb.append("  N+1: no single spare lets every failure be absorbed (see the findings)\n");
      return;
    }
    sb.append("  N+1 extra: ")
        .append(Labels.count(f.spares().size(), "spare server"))
        .append(" (+")
        .append(f.extraVcpus())
        .append(" vCPU, +")
        .append(f.extraMemoryGiB())
        .append(" GiB RAM, +")
        .append(f.extraCacheDiskGiB())
        .append(" GiB cache disk)\n");
  }

  private static void steps(StringBuilder sb, List<String> steps) {
    if (steps.isEmpty()) {
      return;
    }
    sb.append("\nSteps\n");
    for (int i = 0; i < steps.size(); i++) {
      sb.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
    }
  }
}
