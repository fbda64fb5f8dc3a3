package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.BandwidthReport;
import org.asrsizing.whatif.Deployment;
import org.asrsizing.whatif.InitialReplication;
import org.asrsizing.whatif.ServerBandwidth;
import org.asrsizing.whatif.WhatIfContext;

/** Writes a {@link BandwidthReport} as text. */
public final class BandwidthWriter {

  private BandwidthWriter() {}

  /** The text of a bandwidth report: rates per server, then initial replication if asked for. */
  public static String toText(BandwidthReport r, WhatIfContext context) {
    StringBuilder sb = new StringBuilder();
    Deployment d = r.deployment();
    header(sb, r, d, context);
    sb.append(servers(r, d).render("  "));
    if (r.initialReplication() != null) {
      initialReplication(sb, r.initialReplication());
    }
    InitialBatchesWriter.append(sb, r.initialBatches());
    RpoWriter.append(sb, r.rpo(), r.compressionPercent());
    PlanTableWriter.unplaced(sb, r.unplaced());
    PlanTableWriter.findings(sb, r.findings());
    return sb.toString();
  }

  private static void header(
      StringBuilder sb, BandwidthReport r, Deployment d, WhatIfContext context) {
    sb.append("Bandwidth and time: ")
        .append(d.machines())
        .append(" machines, ")
        .append(Units.churn(d.churnGiBPerDay()))
        .append(", compression ")
        .append(Units.percent(r.compressionPercent()))
        .append('\n')
        .append(context.text())
        .append("  rates are daily averages: GiB/day x 2^30 x 8 / 86400 / 10^6 Mbps;")
        .append(" peaks are higher\n\n");
  }

  /** The columns of a server's daily-average figures, in the text and the HTML report. */
  static final String[] SERVER_COLUMNS = {
    "server",
    "tier",
    ">machines",
    ">churn GiB/day",
    ">ingress Mbps",
    ">egress Mbps",
    ">cache GiB",
    ">WAN outage buffer h"
  };

  /** The cells of {@code s} under {@link #SERVER_COLUMNS}; {@code noBuffer} without churn. */
  static Object[] serverCells(ServerBandwidth s, String noBuffer) {
    return new Object[] {
      s.id(),
      s.tier(),
      s.machines(),
      Units.number(s.churnGiBPerDay(), 2),
      Units.number(s.ingressMbps(), 1),
      Units.number(s.egressMbps(), 1),
      s.cacheDiskGiB(),
      s.cacheBufferHours() == null ? noBuffer : Units.number(s.cacheBufferHours(), 1)
    };
  }

  private static TextTable servers(BandwidthReport r, Deployment d) {
    TextTable t = new TextTable(SERVER_COLUMNS);
    for (ServerBandwidth s : r.servers()) {
      t.row(serverCells(s, null));
    }
    t.row(
        "total",
        "",
        d.machines(),
        Units.number(d.churnGiBPerDay(), 2),
        Units.number(r.totalIngressMbps(), 1),
        Units.number(r.totalEgressMbps(), 1),
        r.servers().stream().mapToLong(ServerBandwidth::cacheDiskGiB).sum(),
        "");
    return t;
  }

  private static void initialReplication(StringBuilder sb, InitialReplication ir) {
    sb.append("\nInitial replication at ")
        .append(Units.number(ir.bandwidthMbps(), 2))
        .append(" Mbps (uncompressed data / bandwidth)\n");
    TextTable irt = new TextTable("quantity", ">value", "unit");
    irt.row("machine size", Units.number(ir.machineSizeGiB(), 2), "GiB");
    irt.row("all machines", ir.machines(), "machines");
    irt.row("all data", Units.number(ir.dataGiB(), 2), "GiB");
    irt.row("time for all", Units.number(ir.hours(), 1), "hours");
    irt.row("goal per batch", Units.number(ir.goalHours(), 1), "hours");
    irt.row("batch size within goal", ir.batchMachines(), "machines");
    irt.row("batches", ir.batches(), "batches");
    sb.append(irt.render("  "));
    if (ir.batchMachines() == 0) {
      sb.append("  one machine alone takes longer than the goal at this bandwidth\n");
    }
  }
}
