package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.Deployment;
import org.asrsizing.whatif.MonteCarlo;
import org.asrsizing.whatif.MonteCarloResult;
import org.asrsizing.whatif.ServerOdds;
import org.asrsizing.whatif.SimulatedPlan;
import org.asrsizing.whatif.WhatIfContext;

/** Writes a {@link MonteCarloResult} as text. */
public final class MonteCarloWriter {

  private MonteCarloWriter() {}

  public static String toText(MonteCarloResult r, WhatIfContext context) {
    StringBuilder sb = new StringBuilder();
    sb.append("Monte Carlo: ")
        .append(r.trials())
        .append(" simulated days, churn CV ")
        .append(Units.number(r.churnCv(), 3))
        .append(", seed ")
        .append(r.seed())
        .append(", confidence ")
        .append(Units.percent(r.confidencePercent()))
        .append('\n')
        .append(context.text())
        .append("  method:   ")
        .append(r.method())
        .append("\n\n");
    plan(sb, "Plan with the given options", r.plan());
    sb.append('\n');
    if (r.holds() == null) {
      sb.append("No plan with up to ")
          .append(MonteCarlo.MAX_HEADROOM)
          .append(" % headroom holds on ")
          .append(Units.percent(r.confidencePercent()))
          .append(" of the simulated days\n");
    } else {
      plan(
          sb,
          "Cheapest plan that holds on at least "
              + Units.percent(r.confidencePercent())
              + " of days (headroom "
              + Units.percent(r.holds().headroomPercent())
              + ")",
          r.holds());
    }
    return sb.toString();
  }

  /** The columns of a server's simulated churn, in the text and the HTML report. */
  static final String[] SERVER_COLUMNS = {
    "server",
    "tier",
    ">machines",
    ">mean churn GiB/day",
    ">p95 churn GiB/day",
    ">limit GiB/day",
    ">days within limit %"
  };

  /** The cells of {@code s} under {@link #SERVER_COLUMNS}. */
  static Object[] serverCells(ServerOdds s) {
    return new Object[] {
      s.id(),
      s.tier(),
      s.machines(),
      Units.number(s.churnGiBPerDay(), 2),
      Units.number(s.p95ChurnGiBPerDay(), 2),
      Units.number(s.limitChurnGiBPerDay(), 2),
      Units.number(100 * s.probabilityWithinLimits(), 1)
    };
  }

  private static void plan(StringBuilder sb, String title, SimulatedPlan p) {
    Deployment d = p.deployment();
    sb.append(title)
        .append(": ")
        .append(d.configurationServers())
        .append(" CS (")
        .append(d.configurationServerTiers())
        .append("), ")
        .append(d.processServers())
        .append(" PS (")
        .append(d.processServerTiers())
        .append("), ")
        .append(d.vcpus())
        .append(" vCPU; all servers within limits on ")
        .append(Units.percent(100 * p.probabilityAllWithinLimits()))
        .append(" of days\n");
    TextTable t = new TextTable(SERVER_COLUMNS);
    for (ServerOdds s : p.servers()) {
      t.row(serverCells(s));
    }
    sb.append(t.render("  "));
  }
}
