package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Units;
import org.asrsizing.operate.HealthState;
import org.asrsizing.operate.Move;
import org.asrsizing.operate.OperateAssumptions;
import org.asrsizing.operate.PortalOperation;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.RebalanceSummary;
import org.asrsizing.operate.ServerReport;

/**
 * Writes a {@link Rebalance} ({@code sizing rebalance} or {@code drain}) as one self-contained HTML
 * page: the change at a glance first, then each server's load before and after as a chart with its
 * table, the moves, the steps and the findings. Same frame, escaping and determinism as {@link
 * PlanHtmlWriter}.
 */
public final class RebalanceHtmlWriter {

  private static final UtilisationChart.Series BEFORE_AFTER =
      new UtilisationChart.Series("before", "before", "after", "after", "planned limit");

  private RebalanceHtmlWriter() {}

  /** The HTML page of {@code r}. */
  public static String toHtml(Rebalance r) {
    return toHtml(r, null);
  }

  /** The HTML page of {@code r}, dated {@code date} ({@code null}: no date). */
  public static String toHtml(Rebalance r, String date) {
    OperateAssumptions a = r.assumptions();
    RebalanceSummary s = r.summary();
    String catalog = a.catalogId() + " " + a.catalogVersion();
    Markup m =
        HtmlPage.open(
            "ASR " + r.command() + ": " + Labels.count(s.machines(), "machine") + ", " + catalog,
            "ASR " + r.command(),
            catalog + " · " + Labels.count(s.machines(), "machine"),
            date);
    boolean health = "health".equals(r.command());
    if (health) {
      m.append(health(r, true));
    }
    m.append(summary(r, health ? "change" : "summary"));
    m.append(chart(r));
    if (!health) {
      m.append(health(r, false));
    }
    m.append(moves("moves", "Moves", r.moves()));
    m.append(moves("placements", "New machines placed", r.placements()));
    m.append(operations(r.operations()));
    m.append(steps(r.steps()));
    m.append(HtmlDetails.unplaced(r.unplaced()));
    m.append(HtmlDetails.findings(r.findings()));
    return HtmlPage.close(m, catalog, a.storageUnits());
  }

  /** The change at a glance, as section {@code id}: the first screen but for {@code health}. */
  private static Markup summary(Rebalance r, String id) {
    RebalanceSummary s = r.summary();
    OperateAssumptions a = r.assumptions();
    Markup m =
        "summary".equals(id)
            ? new Markup().open("section", "id", id, "class", "first-screen").line()
            : new Markup().open("section", "id", id).line();
    m.element("h2", "The change at a glance").line().open("div", "class", "cards").line();
    m.open("div", "class", "card").line().element("h3", "Moves").line();
    m.open("p", "class", "big").text(s.moves()).closeLine("p");
    m.element(
            "p",
            Labels.count(s.moves(), "machine")
                + " moved, "
                + Units.churn(s.churnMovedGiBPerDay())
                + "; no change of this deployment needs fewer than "
                + Labels.count(s.lowerBoundMoves(), "move")
                + ".")
        .line()
        .closeLine("div");
    m.open("div", "class", "card").line().element("h3", "Servers").line().open("dl");
    HtmlDetails.entry(
        m,
        "over their limit",
        s.serversOverLimitBefore() + " before, " + s.serversOverLimitAfter() + " after");
    HtmlDetails.entry(
        m,
        "added",
        Labels.count(s.serversAdded(), "server")
            + " (+"
            + s.addedVcpus()
            + " vCPU, +"
            + s.addedMemoryGiB()
            + " GiB memory, +"
            + s.addedCacheDiskGiB()
            + " GiB cache disk)");
    HtmlDetails.entry(
        m,
        "machines",
        s.machines()
            + " ("
            + s.newMachines()
            + " new, "
            + s.unplacedMachines()
            + " not protectable)");
    m.closeLine("dl").closeLine("div");
    m.open("div", "class", "card").line().element("h3", "Key assumptions").line().open("dl");
    HtmlDetails.entry(m, "catalog", a.catalogId() + " " + a.catalogVersion());
    HtmlDetails.entry(
        m, "headroom", Units.percent(a.headroomPercent()) + " of every limit kept free");
    if (a.configurationServerMachineLimit() != null) {
      HtmlDetails.entry(
          m,
          "configuration server limit",
          Labels.count(a.configurationServerMachineLimit(), "machine") + " each");
    }
    HtmlDetails.entry(m, "load", a.loadFollowsChurn());
    m.closeLine("dl").closeLine("div");
    return m.closeLine("div").closeLine("section");
  }

  /**
   * Each server's health now, worst first, with every reason; the first screen of {@code health}, a
   * section after the chart for the other commands.
   */
  private static Markup health(Rebalance r, boolean first) {
    java.util.Map<HealthState, Integer> counts = new java.util.EnumMap<>(HealthState.class);
    List<ServerReport> servers = new ArrayList<>();
    for (ServerReport s : r.servers()) {
      if (s.health() != null && s.runsNow()) {
        counts.merge(s.health(), 1, Integer::sum);
        servers.add(s);
      }
    }
    servers.sort(
        java.util.Comparator.comparing(ServerReport::health)
            .reversed()
            .thenComparing(ServerReport::id));
    HtmlTable t =
        new HtmlTable(
            "health-table", true, "id", "role", "tier", "health", ">utilisation now %", "reasons");
    for (ServerReport s : servers) {
      t.row(
          s.id(),
          Labels.role(s.role()),
          s.tier(),
          Labels.state(s.health()),
          Units.number(s.utilisationBeforePercent(), 1),
          s.healthReasons().isEmpty()
              ? "within every threshold"
              : String.join("; ", s.healthReasons()));
    }
    List<String> parts = new ArrayList<>();
    for (HealthState state :
        List.of(HealthState.CRITICAL, HealthState.WARNING, HealthState.HEALTHY)) {
      int n = counts.getOrDefault(state, 0);
      parts.add(n + " " + Labels.state(state));
    }
    Markup m =
        first
            ? new Markup().open("section", "id", "summary", "class", "first-screen").line()
            : new Markup().open("section", "id", "health").line();
    m.element("h2", "Health of each server now").line();
    m.element(
            "p",
            String.join(", ", parts)
                + " (the Warning and Critical thresholds of Microsoft's process server monitoring"
                + " page, and the load the headroom leaves; the findings name each source).")
        .line();
    return m.append(t.render()).closeLine("section");
  }

  private static Markup chart(Rebalance r) {
    List<UtilisationChart.Bar> bars = new ArrayList<>();
    HtmlTable t =
        new HtmlTable(
            "servers-table",
            true,
            "id",
            "role",
            "tier",
            "change",
            ">machines before",
            ">machines after",
            ">churn before GiB/day",
            ">churn after GiB/day",
            ">utilisation before %",
            ">utilisation after %");
    List<ServerReport> servers = r.servers();
    for (int i = 0; i < servers.size(); i++) {
      ServerReport s = servers.get(i);
      if (i < HtmlCharts.MAX_SERVERS_CHARTED) {
        bars.add(
            new UtilisationChart.Bar(
                s.id() + " " + s.tier(),
                s.utilisationBeforePercent(),
                s.utilisationAfterPercent()));
      }
      t.row(
          s.id(),
          Labels.role(s.role()),
          s.tier(),
          s.change(),
          s.machinesBefore(),
          s.machinesAfter(),
          Units.number(s.churnBeforeGiBPerDay(), 2),
          Units.number(s.churnAfterGiBPerDay(), 2),
          Units.number(s.utilisationBeforePercent(), 1),
          Units.number(s.utilisationAfterPercent(), 1));
    }
    String scope =
        servers.size() > HtmlCharts.MAX_SERVERS_CHARTED
            ? "the first " + HtmlCharts.MAX_SERVERS_CHARTED + " of " + servers.size() + " servers"
            : "every server";
    String alt =
        "Bar chart: utilisation of "
            + scope
            + " before and after, as a percentage of its planned limit (headroom applied)";
    Markup m = HtmlDetails.section("servers", "Servers before and after");
    m.open("figure").line();
    // The report's utilisation is against the limit as planned, so the headroom line is 100 %.
    m.append(UtilisationChart.svg("chart-before-after", bars, 0, alt, BEFORE_AFTER));
    m.element("figcaption", alt, "class", "visually-hidden").line();
    m.append(t.render()).closeLine("figure");
    return m.closeLine("section");
  }

  private static Markup moves(String id, String title, List<Move> moves) {
    Markup m = HtmlDetails.section(id, title);
    if (moves.isEmpty()) {
      return m.element("p", "None.").line().closeLine("section");
    }
    HtmlTable t = new HtmlTable(id + "-table", true, "machine", "from", "to", ">churn GiB/day");
    for (Move mv : moves) {
      t.row(
          mv.machine(),
          mv.from() == null ? "-" : mv.from(),
          mv.to(),
          Units.number(mv.churnGiBPerDay(), 2));
    }
    return HtmlDetails.collapsed(m, Labels.count(moves.size(), "machine"), t).closeLine("section");
  }

  private static Markup operations(List<PortalOperation> operations) {
    Markup m = HtmlDetails.section("operations", "Portal operations");
    if (operations.isEmpty()) {
      return m.element("p", "None.").line().closeLine("section");
    }
    HtmlTable t =
        new HtmlTable(
            "operations-table", false, "operation", "from", "to", ">machines", ">churn GiB/day");
    for (PortalOperation o : operations) {
      t.row(
          o.operation(),
          o.from() == null ? "-" : o.from(),
          o.to(),
          o.machines(),
          Units.number(o.churnGiBPerDay(), 2));
    }
    return m.append(t.render()).closeLine("section");
  }

  private static Markup steps(List<String> steps) {
    Markup m = HtmlDetails.section("steps", "Steps");
    if (steps.isEmpty()) {
      return m.element("p", "None.").line().closeLine("section");
    }
    m.open("ol").line();
    steps.forEach(step -> m.element("li", step).line());
    return m.closeLine("ol").closeLine("section");
  }
}
