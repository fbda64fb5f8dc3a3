package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.rules.DocumentedLimits;

/** Fixes the working state, once every phase is done, as an immutable {@link Outcome}. */
final class OutcomeSnapshot {

  private OutcomeSnapshot() {}

  static Outcome of(WorkingState state, FailureTolerance tolerance) {
    Catalog catalog = state.catalog;
    List<Outcome.ManagedLoad> loads = new ArrayList<>();
    for (Domain d : state.domains.values()) {
      if (d.configurationServer != null) {
        int before = d.members.stream().mapToInt(m -> m.countBefore).sum();
        loads.add(
            new Outcome.ManagedLoad(d.configurationServer.id(), d.capManaged, before, d.managed()));
      }
    }
    Map<String, String> serverOf = state.deployment.serverOf();
    int refused =
        (int) state.unplaced.stream().filter(u -> !serverOf.containsKey(u.machine())).count();
    List<Finding> findings =
        new ArrayList<>(
            OperateText.newMachinesCounted(
                state.deployment.findings(), state.newMachines, refused));
    DocumentedLimits.configurationServerLimit(
            state.catalog, state.options.configurationServerMachineLimit())
        .ifPresent(findings::add);
    findings.addAll(state.findings);
    return new Outcome(
        state.options.mode(),
        state.nodes.stream().map(OutcomeSnapshot::server).toList(),
        loads,
        state.deployment.machines().size(),
        state.newUnits.stream().mapToInt(u -> u.count).sum(),
        state.lowerBound,
        state.unplaced,
        findings,
        tolerance,
        List.copyOf(new TreeSet<>(state.options.drain())),
        !catalog.hasScaleOutProcessServers(),
        new OperateAssumptions(
            catalog.id(),
            catalog.version(),
            state.options.headroomPercent(),
            catalog.managementServer() == null ? null : state.csLimit,
            OperateAssumptions.LOAD_FOLLOWS_CHURN,
            OperateAssumptions.UNITS));
  }

  /** One server as it stands now; a managing configuration server reports its domain's load. */
  static ServerOutcome server(Node n) {
    List<Outcome.Carried> carried = new ArrayList<>();
    for (Unit u : n.units) {
      String from = u.origin == null ? null : u.origin.id();
      for (Machine m : u.machines) {
        carried.add(new Outcome.Carried(m, from));
      }
    }
    boolean carries = n.server.carries();
    return new ServerOutcome(
        n.server,
        n.change,
        n.health,
        carried,
        n.countBefore,
        n.churnBefore,
        carries ? n.count : n.domain.managed(),
        carries ? n.churn : n.domain.members.stream().mapToDouble(m -> m.churn).sum(),
        carries ? n.server.limitMachines() : n.domain.capManaged,
        n.overloaded());
  }
}
