package org.asrsizing.rebalance;

import java.util.List;
import java.util.Map;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;

/**
 * A running deployment: its servers, the machines with their churn now, where each replicates, and
 * what monitoring shows.
 *
 * @param servers the servers, in the order given
 * @param machines every machine to protect: those the servers replicate and new ones (which have no
 *     server yet)
 * @param serverOf the server each replicating machine uses now, by machine name
 * @param metrics observed metrics by server id; servers without any are absent
 * @param catalogId the catalog the deployment was planned with, or {@code null} when not known
 * @param headroomPercent the headroom it was planned with, or {@code null} when not known
 * @param configurationServerMachineLimit the configuration server limit it was planned with, or
 *     {@code null} when not known
 * @param findings what reading it noticed (machines kept with an older churn, for example)
 */
public record CurrentDeployment(
    List<DeployedServer> servers,
    List<Machine> machines,
    Map<String, String> serverOf,
    Map<String, ObservedMetrics> metrics,
    String catalogId,
    Double headroomPercent,
    Integer configurationServerMachineLimit,
    List<Finding> findings) {

  public CurrentDeployment {
    servers = List.copyOf(servers);
    machines = List.copyOf(machines);
    serverOf = Map.copyOf(serverOf);
    metrics = Map.copyOf(metrics);
    findings = List.copyOf(findings);
  }

  /** A copy with these observed metrics. */
  public CurrentDeployment withMetrics(Map<String, ObservedMetrics> observed) {
    return new CurrentDeployment(
        servers,
        machines,
        serverOf,
        observed,
        catalogId,
        headroomPercent,
        configurationServerMachineLimit,
        findings);
  }
}
