package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.ObservedMetrics;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;

/**
 * Assesses every server before anything moves: its health, the machines and churn it may carry
 * after the change, whether it may take machines, and the fewest machines any change moves off it.
 */
final class LimitAssessment {

  private final WorkingState state;
  private final Catalog catalog;

  private LimitAssessment(WorkingState state) {
    this.state = state;
    this.catalog = state.catalog;
  }

  static void assess(WorkingState state) {
    LimitAssessment a = new LimitAssessment(state);
    for (Node n : state.nodes) {
      a.assess(n);
    }
    for (Domain d : state.domains.values()) {
      a.checkManaged(d);
    }
  }

  private void assess(Node n) {
    ObservedMetrics observed = state.deployment.metrics().get(n.id());
    n.health = HealthRules.assess(n.server, n.count, n.churn, observed, catalog.healthThresholds());
    if (n.health.state() != HealthState.HEALTHY) {
      state.findings.add(healthFinding(n));
    }
    if (!n.server.carries()) {
      return;
    }
    boolean drained = n.change == ServerChange.DRAINED;
    n.capCount = drained ? 0 : n.server.limitMachines();
    n.capChurn = drained ? 0 : n.server.limitChurnGiBPerDay();
    double factor = n.health.churnFactor();
    if (factor < 1 || (Double.isFinite(factor) && n.churn > 0)) {
      // Load follows churn: the churn at which an observed metric reaches its Warning threshold.
      n.capChurn = Math.min(n.capChurn, n.churn * factor);
    }
    n.receives =
        !drained
            && n.health.state() != HealthState.CRITICAL
            && !n.overloaded()
            && !n.pinned()
            && !n.server.server().spare();
    if (n.pinned()) {
      state.findings.add(pinnedFinding(n));
      if (drained) {
        state.lowerBound += n.units.stream().filter(u -> !u.pinned).mapToInt(u -> u.count).sum();
      }
      return;
    }
    List<Machine> machines = new ArrayList<>();
    // One by one: addAll would copy each one-machine unit's list into an array first.
    for (Unit u : n.units) {
      for (Machine m : u.machines) {
        machines.add(m);
      }
    }
    state.lowerBound += ShedChoice.fewestMachines(machines, n.capCount, n.capChurn);
  }

  private Finding healthFinding(Node n) {
    HealthState health = n.health.state();
    return new Finding(
        Rule.PROCESS_SERVER_HEALTH,
        health == HealthState.CRITICAL ? Severity.ERROR : Severity.WARNING,
        n.id()
            + " is "
            + health.name().charAt(0)
            + health.name().substring(1).toLowerCase(Locale.ROOT)
            + ": "
            + String.join("; ", n.health.reasons())
            + (health == HealthState.CRITICAL && n.server.carries()
                ? "; a Critical process server is not chosen for machines"
                : ""),
        OperateText.MONITOR_PROCESS_SERVER);
  }

  private static Finding pinnedFinding(Node n) {
    return new Finding(
        Rule.MACHINE_NOT_PROTECTABLE,
        Severity.ERROR,
        n.id()
            + " replicates "
            + OperateText.names(
                n.units.stream()
                    .filter(u -> u.pinned)
                    .flatMap(u -> u.machines.stream())
                    .map(Machine::name)
                    .toList())
            + ", which no tier carries within its limits; it stays there, counts in"
            + " its load, and no move brings "
            + n.id()
            + " within its limits",
        "");
  }

  /** An error when a configuration server manages more machines than it may. */
  private void checkManaged(Domain d) {
    if (d.configurationServer == null || d.managed() <= d.capManaged) {
      return;
    }
    state.findings.add(
        new Finding(
            Rule.CONFIGURATION_SERVER_LIMIT,
            Severity.ERROR,
            d.configurationServer.id()
                + " manages "
                + d.managed()
                + " machines, above the "
                + d.capManaged
                + " one configuration server manages; Load balance and Switch move machines"
                + " only between process servers of one configuration server, so "
                + (d.managed() - d.capManaged)
                + " machine(s) must be protected again under another configuration server",
            catalog.managementServer() == null
                ? ""
                : catalog.cite(catalog.managementServer().source())));
  }
}
