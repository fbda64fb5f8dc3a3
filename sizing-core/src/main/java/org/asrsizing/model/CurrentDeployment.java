package org.asrsizing.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    serverOf = copyOf(serverOf);
    metrics = Map.copyOf(metrics);
    findings = List.copyOf(findings);
  }

  /**
   * An unmodifiable copy, null-free as {@link Map#copyOf} makes it. Map.copyOf's open addressing
   * takes several times as long as a HashMap for the million sequential machine names of a large
   * deployment; iteration order is unspecified either way.
   */
  private static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    Map<K, V> copy = new HashMap<>(map.size() * 4 / 3 + 1);
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** A copy with {@code first} ahead of its findings (what reading the inventory noticed). */
  public CurrentDeployment withFindings(List<Finding> first) {
    List<Finding> all = new ArrayList<>(first);
    all.addAll(findings);
    return new CurrentDeployment(
        servers,
        machines,
        serverOf,
        metrics,
        catalogId,
        headroomPercent,
        configurationServerMachineLimit,
        all);
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

  /**
   * The deployment a plan describes, as if built: its servers, each machine on its server with the
   * churn the plan gave it, and the plan's catalog, headroom and configuration server limit.
   *
   * @throws IllegalArgumentException when the plan does not carry each machine's churn (plans
   *     written before that field existed)
   */
  public static CurrentDeployment of(Plan plan) {
    List<DeployedServer> servers = new ArrayList<>();
    List<Machine> machines = new ArrayList<>();
    Map<String, String> serverOf = new LinkedHashMap<>();
    List<PlannedServer> all = new ArrayList<>(plan.configurationServers());
    all.addAll(plan.processServers());
    for (PlannedServer s : all) {
      if (s.assignedChurnGiBPerDay().size() != s.assignedMachines().size()) {
        throw new IllegalArgumentException(
            "plan server " + s.id() + " does not give its machines' churn");
      }
      servers.add(s.asBuilt());
      for (int i = 0; i < s.assignedMachines().size(); i++) {
        String name = s.assignedMachines().get(i);
        machines.add(
            new Machine(name, s.assignedChurnGiBPerDay().get(i), null, s.site(), null, null));
        serverOf.put(name, s.id());
      }
    }
    var a = plan.assumptions();
    return new CurrentDeployment(
        servers,
        machines,
        serverOf,
        Map.of(),
        a == null ? null : a.catalogId(),
        a == null ? null : a.headroomPercent(),
        a == null ? null : a.configurationServerMachineLimit(),
        List.of());
  }
}
