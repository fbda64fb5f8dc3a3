package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Machine;
import org.asrsizing.model.ObservedMetrics;
import org.asrsizing.model.ServerRole;

/** Builds small running deployments for tests: a configuration server and named process servers. */
final class Deployments {

  static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  static final Catalog MODERNIZED = CatalogLoader.builtIn("asr-modernized");

  private final List<DeployedServer> servers = new ArrayList<>();
  private final List<Machine> machines = new ArrayList<>();
  private final Map<String, String> serverOf = new LinkedHashMap<>();
  private final Map<String, ObservedMetrics> metrics = new LinkedHashMap<>();
  private int next = 1;

  /** A deployment with one management configuration server, cs-1. */
  static Deployments classic() {
    Deployments d = new Deployments();
    d.servers.add(
        new DeployedServer(
            "cs-1",
            ServerRole.CONFIGURATION_SERVER,
            "default",
            null,
            "management",
            8,
            16,
            600,
            false,
            List.of()));
    return d;
  }

  /** A process server of {@code tier} under cs-1 carrying machines of these churns. */
  Deployments ps(String id, String tier, double... churns) {
    List<String> names = new ArrayList<>();
    for (double c : churns) {
      String name = String.format("vm-%04d", next++);
      names.add(name);
      machines.add(Machine.of(name, c));
      serverOf.put(name, id);
    }
    servers.add(
        new DeployedServer(
            id, ServerRole.PROCESS_SERVER, "default", "cs-1", tier, 0, 0, 0, true, names));
    return this;
  }

  /** {@code count} machines of {@code churn} each on a new process server. */
  Deployments psMany(String id, String tier, int count, double churn) {
    double[] churns = new double[count];
    java.util.Arrays.fill(churns, churn);
    return ps(id, tier, churns);
  }

  /** A machine that no server replicates yet. */
  Deployments newMachine(String name, double churn) {
    machines.add(Machine.of(name, churn));
    return this;
  }

  /** A machine that no server replicates yet, as an inventory describes it. */
  Deployments newMachine(String name, double churn, org.asrsizing.model.MachineProfile profile) {
    machines.add(Machine.of(name, churn).withProfile(profile));
    return this;
  }

  /** Gives the machine {@code name} already on a server what an inventory tells of it. */
  Deployments profile(String name, org.asrsizing.model.MachineProfile profile) {
    machines.replaceAll(m -> m.name().equals(name) ? m.withProfile(profile) : m);
    return this;
  }

  Deployments metrics(String server, ObservedMetrics m) {
    metrics.put(server, m);
    return this;
  }

  CurrentDeployment build() {
    return new CurrentDeployment(servers, machines, serverOf, metrics, null, null, null, List.of());
  }

  /** A deployment of these servers and machines, without metrics or a saved plan's settings. */
  static CurrentDeployment of(
      List<DeployedServer> servers, List<Machine> machines, Map<String, String> serverOf) {
    return new CurrentDeployment(
        servers, machines, serverOf, Map.of(), null, null, null, List.of());
  }

  /** A server of {@code role} known by its tier, carrying {@code machines}. */
  static DeployedServer server(
      String id, ServerRole role, String site, String cs, String tier, List<String> machines) {
    return new DeployedServer(id, role, site, cs, tier, 0, 0, 0, true, machines);
  }

  /** A configuration server that only manages, on {@code site}. */
  static DeployedServer managing(String id, String site) {
    return new DeployedServer(
        id,
        ServerRole.CONFIGURATION_SERVER,
        site,
        null,
        "management",
        8,
        16,
        600,
        false,
        List.of());
  }

  static OperateOptions rebalance() {
    return new OperateOptions(0, null, java.util.Set.of(), 0, OperateMode.REBALANCE);
  }

  static OperateOptions drain(String id) {
    return new OperateOptions(0, null, java.util.Set.of(id), 0, OperateMode.DRAIN);
  }
}
