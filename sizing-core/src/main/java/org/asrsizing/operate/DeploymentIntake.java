package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;
import org.asrsizing.placement.Limits;
import org.asrsizing.rules.MachineRules;

/**
 * Reads the deployment into the working state: each server as a node of its domain, each machine
 * (or group) as a unit on the server it uses now, machines no tier carries as unplaced, and every
 * server's load before the change.
 */
final class DeploymentIntake {

  private final WorkingState state;
  private final CurrentDeployment deployment;

  private DeploymentIntake(WorkingState state) {
    this.state = state;
    this.deployment = state.deployment;
  }

  /**
   * @throws DrainTargetException when a server to drain is not there or carries no machines
   */
  static void read(WorkingState state) {
    DeploymentIntake intake = new DeploymentIntake(state);
    intake.servers();
    intake.checkDrainTargets();
    List<Candidate> groups = intake.protectableGroups();
    intake.units(groups);
    state.newUnits.sort(Unit.LARGEST_FIRST);
    intake.splitGroups(groups);
    intake.recordBefore();
  }

  private void servers() {
    List<DeployedServer> servers = new ArrayList<>(deployment.servers());
    servers.sort(Comparator.comparing(DeployedServer::id));
    servers.forEach(s -> state.reserveId(s.id()));
    for (DeployedServer s : servers) {
      ResolvedServer r =
          ResolvedServer.resolve(s, state.catalog, state.usable(), WorkingState.WHAT);
      warnBelowTier(s, r.tier());
      Domain d = state.domains.computeIfAbsent(domainKey(s), k -> new Domain(k, domainCap(s)));
      Node n = new Node(r, d, change(s));
      if (s.role() == ServerRole.CONFIGURATION_SERVER) {
        d.configurationServer = n;
      }
      if (r.carries()) {
        d.members.add(n);
      }
      state.nodes.add(n);
      state.byId.put(s.id(), n);
    }
  }

  private ServerChange change(DeployedServer s) {
    if (state.options.drain().contains(s.id())) {
      return ServerChange.DRAINED;
    }
    return s.spare() ? ServerChange.SPARE : ServerChange.KEPT;
  }

  /** A warning when a server recorded as a tier has less hardware than the tier. */
  private void warnBelowTier(DeployedServer s, Tier t) {
    if (t == null
        || s.tier() == null
        || s.vcpus() <= 0
        || (s.vcpus() >= t.vcpus()
            && s.memoryGiB() >= t.memoryGiB()
            && s.cacheDiskGiB() >= t.cacheDiskGiB())) {
      return;
    }
    state.findings.add(
        new Finding(
            Rule.DEPLOYMENT,
            Severity.WARNING,
            s.id()
                + " is recorded as "
                + t.name()
                + " but has "
                + s.vcpus()
                + " vCPU, "
                + s.memoryGiB()
                + " GiB memory and "
                + s.cacheDiskGiB()
                + " GiB cache disk, below the tier's "
                + t.vcpus()
                + ", "
                + t.memoryGiB()
                + " and "
                + t.cacheDiskGiB()
                + "; it is held to the "
                + t.name()
                + " tier's limits",
            state.catalog.cite(t.source())));
  }

  private void checkDrainTargets() {
    for (String id : new TreeSet<>(state.options.drain())) {
      Node n = state.byId.get(id);
      if (n == null) {
        throw new DrainTargetException(
            "there is no server "
                + id
                + " in the deployment; its servers are "
                + OperateText.names(state.nodes.stream().map(Node::id).toList()));
      }
      if (!n.server.carries()) {
        throw new DrainTargetException(
            id
                + " is a configuration server that carries no machines itself; drain a process"
                + " server or an appliance");
      }
    }
  }

  /**
   * A unit to be: its machines, in name order, and the server they replicate through now ({@code
   * null}: new). The server is looked up once per machine, here, not again by each later step.
   */
  private record Candidate(List<Machine> machines, String on) {}

  /**
   * The machines some tier carries, by name, as units to be: one machine alone, or the machines of
   * one group on one server (new ones: on one site), which move as one. Those no tier carries are
   * unplaced and stay pinned where they replicate now.
   */
  private List<Candidate> protectableGroups() {
    double largest = state.largestChurn();
    List<Candidate> groups = new ArrayList<>();
    Map<String, List<Machine>> grouped = new HashMap<>();
    // Names are unique, so a parallel sort gives the order a sequential one does. Inventories and
    // saved plans are often in name order already: one pass says so and saves the sort.
    Machine[] byName = deployment.machines().toArray(new Machine[0]);
    if (!inNameOrder(byName)) {
      Arrays.parallelSort(byName, Comparator.comparing(Machine::name));
    }
    List<Machine> sorted = Arrays.asList(byName);
    for (Machine m : sorted) {
      // The support matrix's checks first, as plan runs them: they only see what an inventory
      // tells of a machine (a deployment file gives no operating system or disks).
      state.findings.addAll(MachineRules.compatibility(m, state.catalog));
      List<Finding> incompatible = MachineRules.incompatibilities(m, state.catalog);
      state.findings.addAll(MachineRules.refusals(m, incompatible, ""));
      Optional<String> why =
          incompatible.isEmpty()
              ? MachineRules.unprotectableReason(
                  m, state.catalog, largest, state.options.headroomPercent())
              : Optional.of(MachineRules.incompatibleReason(m, incompatible));
      String on = deployment.serverOf().get(m.name());
      if (on == null) {
        state.newMachines++;
      }
      if (why.isPresent()) {
        state.unplaced.add(
            new Unplaced(m.name(), m.site(), m.churnGiBPerDay(), why.get() + replicatesNow(on)));
        if (on != null) {
          state.byId.get(on).add(new Unit(List.of(m), state.byId.get(on), true));
        }
      } else if (m.group() == null) {
        groups.add(new Candidate(List.of(m), on));
      } else {
        String key = (on == null ? "\u0000new" : on) + "\u0000" + m.site() + "\u0000" + m.group();
        grouped
            .computeIfAbsent(
                key,
                k -> {
                  List<Machine> g = new ArrayList<>();
                  groups.add(new Candidate(g, on));
                  return g;
                })
            .add(m);
      }
    }
    return groups;
  }

  private static boolean inNameOrder(Machine[] machines) {
    for (int i = 1; i < machines.length; i++) {
      if (machines[i - 1].name().compareTo(machines[i].name()) > 0) {
        return false;
      }
    }
    return true;
  }

  private static String replicatesNow(String on) {
    return on == null ? "" : "; it replicates through " + on + " now";
  }

  /** Each group as a unit on its server, or new; a group larger than any tier is unplaced. */
  private void units(List<Candidate> groups) {
    double largest = state.largestChurn();
    int largestCount = Limits.machineLimit(state.largestTier().maxMachines(), state.usable());
    for (Candidate c : groups) {
      List<Machine> g = c.machines();
      String on = c.on();
      Node n = on == null ? null : state.byId.get(on);
      Unit u = new Unit(g, n);
      if (g.size() > 1 && (u.count > largestCount || !Limits.withinChurn(u.churn, largest))) {
        String reason =
            "its group "
                + g.get(0).group()
                + " ("
                + u.count
                + " machines, "
                + Units.churn(u.churn)
                + ") must share one process server, and the largest tier carries "
                + largestCount
                + " machines and "
                + Units.churn(largest)
                + " as planned"
                + replicatesNow(on);
        g.forEach(
            m -> state.unplaced.add(new Unplaced(m.name(), m.site(), m.churnGiBPerDay(), reason)));
        if (n != null) {
          n.add(new Unit(g, n, true));
        }
      } else if (n == null) {
        state.newUnits.add(u);
      } else {
        n.add(u);
      }
    }
  }

  /** A warning for each group whose machines replicate through more than one server now. */
  private void splitGroups(Collection<Candidate> groups) {
    Map<String, TreeSet<String>> serversOf = new TreeMap<>();
    for (Candidate c : groups) {
      String group = c.machines().get(0).group();
      String on = c.on();
      if (group != null && on != null) {
        serversOf.computeIfAbsent(group, k -> new TreeSet<>()).add(on);
      }
    }
    serversOf.forEach(
        (group, servers) -> {
          if (servers.size() > 1) {
            state.findings.add(
                new Finding(
                    Rule.GROUP_SPLIT,
                    Severity.WARNING,
                    "the machines of group "
                        + group
                        + " replicate through "
                        + String.join(", ", servers)
                        + " now, though a group shares one process server; each part is kept"
                        + " together where it is",
                    ""));
          }
        });
  }

  /** Every server's load now; a managing configuration server's is that of its domain. */
  private void recordBefore() {
    for (Node n : state.nodes) {
      n.countBefore = n.server.carries() ? n.count : n.domain.managed();
      n.churnBefore = n.churn;
      if (!n.server.carries()) {
        n.churnBefore = n.domain.members.stream().mapToDouble(m -> m.churn).sum();
      }
    }
  }

  private static String domainKey(DeployedServer s) {
    return switch (s.role()) {
      case APPLIANCE -> "appliances@" + s.site();
      case CONFIGURATION_SERVER -> "cs@" + s.id();
      case PROCESS_SERVER ->
          s.configurationServer() == null ? "ps@" + s.site() : "cs@" + s.configurationServer();
    };
  }

  private int domainCap(DeployedServer s) {
    boolean managed =
        s.role() == ServerRole.CONFIGURATION_SERVER
            || (s.role() == ServerRole.PROCESS_SERVER && s.configurationServer() != null);
    return managed ? state.csCap : Integer.MAX_VALUE;
  }
}
