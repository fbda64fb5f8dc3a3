package org.asrsizing.model;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A running deployment: its servers, the machines with their churn now, where each replicates, and
 * what monitoring shows.
 *
 * @param servers the servers, in the order given
 * @param machines every machine to protect: those the servers replicate and new ones (which have no
 *     server yet), in no particular order (the engine orders them by name; a deployment read with
 *     an inventory lists them in the inventory's order)
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
   * deployment; iteration order is unspecified either way. A map this record made is shared, not
   * copied again: {@link #withFindings} and {@link #withMetrics} would otherwise copy a million
   * entries each.
   */
  private static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    if (map instanceof Frozen<K, V>) {
      return map;
    }
    Map<K, V> copy = new HashMap<>(map.size() * 4 / 3 + 1);
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    return new Frozen<>(copy);
  }

  /** A read-only map only {@link #copyOf} makes, so that no one else holds a way to change it. */
  private static final class Frozen<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> view;

    Frozen(Map<K, V> owned) {
      this.view = Collections.unmodifiableMap(owned);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return view.entrySet();
    }

    @Override
    public Set<K> keySet() {
      return view.keySet();
    }

    @Override
    public Collection<V> values() {
      return view.values();
    }

    @Override
    public V get(Object key) {
      return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return view.containsKey(key);
    }

    @Override
    public int size() {
      return view.size();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
      view.forEach(action);
    }
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
