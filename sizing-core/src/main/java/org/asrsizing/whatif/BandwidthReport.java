package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Unplaced;
import org.asrsizing.model.WriteSeries;

/**
 * Network and time figures of a plan: average ingress and egress per server that carries machines
 * and in total, the cache buffer of each during a WAN outage, and optionally the initial
 * replication.
 *
 * @param compressionPercent share of the data compression removes before upload, percent
 * @param deployment the plan the figures belong to
 * @param servers each server that carries machines
 * @param totalIngressMbps all ingress, Mbps
 * @param totalEgressMbps all upload to Azure, Mbps
 * @param initialReplication the first full copy of machines of one size, or {@code null} when no
 *     bandwidth was given or the machines are sized one by one
 * @param initialBatches the first full copy of each site's machines, sized one by one, in batches
 *     (empty unless asked for)
 * @param rpo the bandwidth each target RPO needs per site and server, and the RPO a given link gets
 * @param unplaced machines that cannot be protected, left out of every figure above
 * @param findings what the figures mean, each with its rule and source
 */
public record BandwidthReport(
    double compressionPercent,
    Deployment deployment,
    List<ServerBandwidth> servers,
    double totalIngressMbps,
    double totalEgressMbps,
    InitialReplication initialReplication,
    List<SiteInitialReplication> initialBatches,
    RpoReport rpo,
    List<Unplaced> unplaced,
    List<Finding> findings) {

  /** ASR's assumed compression, percent. */
  public static final double DEFAULT_COMPRESSION_PERCENT = 30;

  public BandwidthReport {
    servers = List.copyOf(servers);
    initialBatches = List.copyOf(initialBatches);
    unplaced = List.copyOf(unplaced);
    findings = List.copyOf(findings);
  }

  /** This report with other findings (a front end's wording of their hints). */
  public BandwidthReport withFindings(List<Finding> newFindings) {
    return new BandwidthReport(
        compressionPercent,
        deployment,
        servers,
        totalIngressMbps,
        totalEgressMbps,
        initialReplication,
        initialBatches,
        rpo,
        unplaced,
        newFindings);
  }

  /** The figures of {@code plan} from daily averages, with the default target RPO. */
  public static BandwidthReport of(
      Plan plan, double compressionPercent, InitialReplication initialReplication) {
    return of(
        plan,
        initialReplication,
        null,
        List.of(),
        new RpoReport.Options(
            List.of(RpoReport.DEFAULT_RPO_MINUTES),
            SiteLinks.NONE,
            List.of(),
            compressionPercent,
            RpoReport.DEFAULT_PEAK_FACTOR));
  }

  /**
   * The figures of {@code plan}; {@code initialReplication} (machines of one size) and {@code copy}
   * (machines sized one by one, batched per site; needs a link per site) may be {@code null};
   * {@code series} (the profiled write rates of its machines) may be empty, and then the RPO
   * figures come from daily averages.
   */
  public static BandwidthReport of(
      Plan plan,
      InitialReplication initialReplication,
      InitialCopy copy,
      List<WriteSeries> series,
      RpoReport.Options options) {
    double compressionPercent = options.compressionPercent();
    if (!Double.isFinite(compressionPercent)
        || compressionPercent < 0
        || compressionPercent >= 100) {
      throw new IllegalArgumentException("compression must be a percentage from 0 to below 100");
    }
    List<PlannedServer> carrying = RpoReport.carrying(plan);
    List<ServerBandwidth> servers = new ArrayList<>();
    double in = 0;
    double out = 0;
    for (PlannedServer s : carrying) {
      double ingress = Bandwidth.mbps(s.churnGiBPerDay());
      double egress = Bandwidth.egressMbps(ingress, compressionPercent);
      double buffer = Bandwidth.cacheBufferHours(s.cacheDiskGiB(), s.churnGiBPerDay());
      servers.add(
          new ServerBandwidth(
              s.id(),
              s.tier(),
              s.machines(),
              s.churnGiBPerDay(),
              ingress,
              egress,
              s.cacheDiskGiB(),
              Double.isInfinite(buffer) ? null : buffer));
      in += ingress;
      out += egress;
    }
    RpoReport rpo = RpoReport.of(plan, series, options);
    List<SiteInitialReplication> batches =
        copy == null ? List.of() : ReplicationBatches.of(plan, rpo, copy);
    List<Finding> findings = new ArrayList<>(rpo.findings(compressionPercent));
    findings.addAll(InitialReplicationFindings.of(batches));
    plan.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(findings::add);
    return new BandwidthReport(
        compressionPercent,
        Deployment.of(plan),
        servers,
        in,
        out,
        initialReplication,
        batches,
        rpo,
        plan.unplaced(),
        findings);
  }
}
