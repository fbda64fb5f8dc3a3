package org.asrsizing.whatif;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Summary;
import org.asrsizing.operate.SavedDeployment;

/**
 * A plan at a glance, as what-if tables show it: the workload, the servers by tier and the cost.
 *
 * @param machines machines in the workload
 * @param churnGiBPerDay total daily churn, GiB/day
 * @param unplacedMachines machines no server can carry (0 when the plan is feasible)
 * @param scaleOutRequired whether scale-out servers carry the machines
 * @param configurationServers configuration servers (or appliances)
 * @param processServers scale-out process servers
 * @param configurationServerTiers configuration servers by tier, for example {@code 1 x large}
 * @param processServerTiers process servers by tier, for example {@code 2 x medium + 1 x small}
 * @param vcpus total vCPUs
 * @param memoryGiB total memory, GiB
 * @param cacheDiskGiB total cache disk, GiB
 */
@JsonPropertyOrder({
  "machines",
  "churnGiBPerDay",
  "unplacedMachines",
  "scaleOutRequired",
  "configurationServers",
  "processServers",
  "configurationServerTiers",
  "processServerTiers",
  "vcpus",
  "memoryGiB",
  "cacheDiskGiB"
})
public record Deployment(
    int machines,
    double churnGiBPerDay,
    int unplacedMachines,
    boolean scaleOutRequired,
    int configurationServers,
    int processServers,
    String configurationServerTiers,
    String processServerTiers,
    int vcpus,
    long memoryGiB,
    long cacheDiskGiB) {

  /** The deployment of {@code plan}. */
  public static Deployment of(Plan plan) {
    Summary s = plan.summary();
    return new Deployment(
        s.machines(),
        s.churnGiBPerDay(),
        s.unplacedMachines(),
        s.scaleOutRequired(),
        s.configurationServers(),
        s.processServers(),
        tiers(plan.configurationServers()),
        tiers(plan.processServers()),
        s.vcpus(),
        s.memoryGiB(),
        s.cacheDiskGiB());
  }

  /**
   * The servers of {@code d} carrying the workload {@code planned} was made for: what a growth path
   * has bought by a month. Without separate process servers it needs no scale-out. A machine that
   * outgrew every tier while replicating stays on its server (over its limits), so the machines no
   * server can carry are those of the plan when it counts more.
   */
  static Deployment of(SavedDeployment d, Plan planned) {
    List<SavedDeployment.Server> all = new ArrayList<>(d.configurationServers());
    all.addAll(d.processServers());
    return new Deployment(
        planned.summary().machines(),
        planned.summary().churnGiBPerDay(),
        Math.max(d.unplaced().size(), planned.summary().unplacedMachines()),
        !d.processServers().isEmpty(),
        d.configurationServers().size(),
        d.processServers().size(),
        counted(d.configurationServers().stream().map(SavedDeployment.Server::tier).toList()),
        counted(d.processServers().stream().map(SavedDeployment.Server::tier).toList()),
        all.stream().mapToInt(SavedDeployment.Server::vcpus).sum(),
        all.stream().mapToLong(SavedDeployment.Server::memoryGiB).sum(),
        all.stream().mapToLong(SavedDeployment.Server::cacheDiskGiB).sum());
  }

  /** Servers counted by tier, largest count first, then by name: {@code 2 x medium + 1 x small}. */
  static String tiers(List<PlannedServer> servers) {
    return counted(servers.stream().map(PlannedServer::tier).toList());
  }

  private static String counted(List<String> tierNames) {
    if (tierNames.isEmpty()) {
      return "-";
    }
    Map<String, Integer> counts = new TreeMap<>();
    tierNames.forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getValue() + " x " + e.getKey())
        .reduce((a, b) -> a + " + " + b)
        .orElseThrow();
  }
}
