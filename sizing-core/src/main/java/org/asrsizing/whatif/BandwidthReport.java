package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;

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
 * @param initialReplication the first full copy, or {@code null} when no bandwidth was given
 */
public record BandwidthReport(
    double compressionPercent,
    Deployment deployment,
    List<ServerBandwidth> servers,
    double totalIngressMbps,
    double totalEgressMbps,
    InitialReplication initialReplication) {

  /** ASR's assumed compression, percent. */
  public static final double DEFAULT_COMPRESSION_PERCENT = 30;

  public BandwidthReport {
    servers = List.copyOf(servers);
  }

  /** The figures of {@code plan}; {@code initialReplication} may be {@code null}. */
  public static BandwidthReport of(
      Plan plan, double compressionPercent, InitialReplication initialReplication) {
    if (!Double.isFinite(compressionPercent)
        || compressionPercent < 0
        || compressionPercent >= 100) {
      throw new IllegalArgumentException("compression must be a percentage from 0 to below 100");
    }
    List<PlannedServer> carrying = new ArrayList<>();
    plan.configurationServers().stream().filter(PlannedServer::replicates).forEach(carrying::add);
    carrying.addAll(plan.processServers());
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
    return new BandwidthReport(
        compressionPercent, Deployment.of(plan), servers, in, out, initialReplication);
  }
}
