package org.asrsizing.operate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Machine;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Unplaced;

/**
 * The deployment after a change, in the deployment file format that {@code --deployment} reads: the
 * next rebalance starts from it. Retired (drained) servers are left out; spares keep {@code
 * bindingLimit: spare}; machines no server can protect and that have no server are listed under
 * {@code unplaced}, so they come back as new machines.
 *
 * @param catalog the catalog id
 * @param assumptions what the change assumed, as a saved plan states it
 * @param configurationServers configuration servers (or appliances)
 * @param processServers scale-out process servers
 * @param unplaced machines without a server that cannot be protected
 */
@JsonPropertyOrder({"catalog", "assumptions", "configurationServers", "processServers", "unplaced"})
public record SavedDeployment(
    String catalog,
    Assumed assumptions,
    List<Server> configurationServers,
    List<Server> processServers,
    List<Unplaced> unplaced) {

  public SavedDeployment {
    configurationServers = List.copyOf(configurationServers);
    processServers = List.copyOf(processServers);
    unplaced = List.copyOf(unplaced);
  }

  /**
   * This deployment running {@code machines}, the fleet as it is now: each machine still there
   * stays on its server with its churn of now, machines the servers do not carry are new, and
   * machines gone from the fleet are gone from their servers. What the next change starts from,
   * without writing the file and reading it back.
   */
  public CurrentDeployment running(List<Machine> machines) {
    // Sized for the fleet at once: a timeline builds these every month it weighs a change.
    int capacity = machines.size() * 4 / 3 + 1;
    Set<String> present = new HashSet<>(capacity);
    machines.forEach(m -> present.add(m.name()));
    List<DeployedServer> servers = new ArrayList<>();
    Map<String, String> serverOf = new LinkedHashMap<>(capacity);
    List<Server> all = new ArrayList<>(configurationServers);
    all.addAll(processServers);
    for (Server s : all) {
      List<String> kept = s.assignedMachines().stream().filter(present::contains).toList();
      kept.forEach(name -> serverOf.put(name, s.id()));
      servers.add(
          new DeployedServer(
              s.id(),
              s.role(),
              s.site(),
              s.configurationServer(),
              s.tier(),
              s.vcpus(),
              s.memoryGiB(),
              s.cacheDiskGiB(),
              s.replicates(),
              kept,
              SparePlans.SPARE.equals(s.bindingLimit())));
    }
    return new CurrentDeployment(
        servers,
        machines,
        serverOf,
        Map.of(),
        catalog,
        assumptions.headroomPercent(),
        assumptions.configurationServerMachineLimit(),
        List.of());
  }

  /**
   * The settings the next run keeps by default.
   *
   * @param catalogId catalog used
   * @param headroomPercent headroom, percent
   * @param configurationServerMachineLimit machines one configuration server manages
   */
  public record Assumed(
      String catalogId,
      double headroomPercent,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer configurationServerMachineLimit) {}

  /**
   * One server and its machines.
   *
   * @param id its name
   * @param role what it is
   * @param site the site it serves
   * @param configurationServer for a process server, its configuration server
   * @param tier its tier
   * @param vcpus its vCPUs
   * @param memoryGiB its memory, GiB
   * @param cacheDiskGiB its cache disk, GiB
   * @param replicates whether it carries machines itself
   * @param bindingLimit {@code spare} for a server kept empty for N+1, else absent
   * @param assignedMachines its machines, in name order
   * @param assignedChurnGiBPerDay their churn, GiB/day, in the same order
   */
  @JsonPropertyOrder({
    "id",
    "role",
    "site",
    "configurationServer",
    "tier",
    "vcpus",
    "memoryGiB",
    "cacheDiskGiB",
    "replicates",
    "bindingLimit",
    "assignedMachines",
    "assignedChurnGiBPerDay"
  })
  public record Server(
      String id,
      ServerRole role,
      String site,
      @JsonInclude(JsonInclude.Include.NON_NULL) String configurationServer,
      String tier,
      int vcpus,
      int memoryGiB,
      int cacheDiskGiB,
      boolean replicates,
      @JsonInclude(JsonInclude.Include.NON_NULL) String bindingLimit,
      List<String> assignedMachines,
      List<Double> assignedChurnGiBPerDay) {

    public Server {
      assignedMachines = List.copyOf(assignedMachines);
      assignedChurnGiBPerDay = List.copyOf(assignedChurnGiBPerDay);
    }
  }
}
