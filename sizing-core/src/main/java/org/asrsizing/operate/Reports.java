package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/** Turns the worked-out change into a {@link Rebalance}. */
final class Reports {

  private Reports() {}

  static Rebalance of(Rebalancer r, FailureTolerance tolerance) {
    List<Move> moves = new ArrayList<>();
    List<Move> placements = new ArrayList<>();
    for (Node n : r.nodes()) {
      for (Unit u : n.units) {
        for (Machine m : u.machines) {
          if (u.origin == null) {
            placements.add(new Move(m.name(), null, n.id(), m.churnGiBPerDay()));
          } else if (u.origin != n) {
            moves.add(new Move(m.name(), u.origin.id(), n.id(), m.churnGiBPerDay()));
          }
        }
      }
    }
    moves.sort(Comparator.comparing(Move::machine));
    placements.sort(Comparator.comparing(Move::machine));
    List<ServerReport> servers = new ArrayList<>();
    r.nodes().stream()
        .sorted(Comparator.comparing((Node n) -> n.change.equals("added")).thenComparing(Node::id))
        .forEach(n -> servers.add(server(n)));
    if (tolerance != null) {
      servers.addAll(tolerance.spares());
    }
    java.util.Set<String> overBeforeIds = new java.util.TreeSet<>();
    java.util.Set<String> overAfterIds = new java.util.TreeSet<>();
    for (Node n : r.nodes()) {
      if (!n.server.carries()) {
        continue;
      }
      if (!n.change.equals("added") && overBefore(n)) {
        overBeforeIds.add(n.id());
      }
      if (n.overloaded()) {
        overAfterIds.add(n.id());
      }
    }
    // A configuration server over the machines it manages counts too: moves cannot fix it.
    for (Domain d : r.domains()) {
      if (d.configurationServer == null) {
        continue;
      }
      int before = d.members.stream().mapToInt(m -> m.countBefore).sum();
      if (before > d.capManaged) {
        overBeforeIds.add(d.configurationServer.id());
      }
      if (d.managed() > d.capManaged) {
        overAfterIds.add(d.configurationServer.id());
      }
    }
    int overBefore = overBeforeIds.size();
    int overAfter = overAfterIds.size();
    List<Node> added = r.nodes().stream().filter(n -> n.change.equals("added")).toList();
    double moved = moves.stream().mapToDouble(Move::churnGiBPerDay).sum();
    RebalanceSummary summary =
        new RebalanceSummary(
            r.deployment().machines().size(),
            r.newUnits().stream().mapToInt(u -> u.count).sum(),
            moves.size(),
            moved,
            r.lowerBound(),
            overBefore,
            overAfter,
            added.size(),
            added.stream().mapToInt(n -> n.server.vcpus()).sum(),
            added.stream().mapToLong(n -> n.server.memoryGiB()).sum(),
            added.stream().mapToLong(n -> n.server.cacheDiskGiB()).sum(),
            r.unplaced().size());
    List<Finding> findings = new ArrayList<>(r.deployment().findings());
    findings.addAll(r.findings());
    String command =
        !r.options().move() ? "health" : r.options().drain().isEmpty() ? "rebalance" : "drain";
    if (r.options().move()) {
      findings.add(0, movesFinding(summary, overBefore, r.options().drain().isEmpty()));
    }
    if (tolerance != null) {
      findings.add(toleranceFinding(tolerance));
      List<String> replicating =
          r.nodes().stream()
              .filter(
                  n ->
                      n.server.server().role()
                          == org.asrsizing.model.ServerRole.CONFIGURATION_SERVER)
              .filter(n -> n.server.carries() && n.count > 0)
              .map(Node::id)
              .toList();
      if (!replicating.isEmpty()) {
        findings.add(
            new Finding(
                Rule.FAILURE_TOLERANCE,
                Severity.WARNING,
                OperateText.names(replicating)
                    + " replicate(s) machines through the configuration server's own process"
                    + " server: if a configuration server fails, no other server can take its"
                    + " machines (ASR has no configuration server failover), so the check covers"
                    + " process servers only",
                OperateText.MANAGE_PROCESS_SERVER));
      }
    }
    List<PortalOperation> operations = operations(r, moves, placements);
    List<String> steps = r.options().move() ? DrainSteps.of(r, added, operations) : List.of();
    return new Rebalance(
        Rebalance.SCHEMA_VERSION,
        command,
        summary,
        servers,
        moves,
        placements,
        operations,
        r.unplaced(),
        tolerance,
        steps,
        findings,
        new OperateAssumptions(
            r.catalog().id(),
            r.catalog().version(),
            r.options().headroomPercent(),
            r.catalog().managementServer() == null ? null : r.csLimit(),
            OperateAssumptions.LOAD_FOLLOWS_CHURN,
            OperateAssumptions.UNITS),
        after(r, tolerance));
  }

  /** The deployment after the change, retired servers left out, spares kept. */
  private static SavedDeployment after(Rebalancer r, FailureTolerance tolerance) {
    List<SavedDeployment.Server> cs = new ArrayList<>();
    List<SavedDeployment.Server> ps = new ArrayList<>();
    List<Node> kept = new ArrayList<>();
    for (Node n : r.nodes()) {
      // A drained process server is retired; a drained configuration server stays and manages.
      if (!n.change.equals("drained")
          || !n.units.isEmpty()
          || n.server.server().role() == org.asrsizing.model.ServerRole.CONFIGURATION_SERVER) {
        kept.add(n);
      }
    }
    kept.sort(Comparator.comparing(Node::id));
    for (Node n : kept) {
      saved(n, n.change.equals("spare")).forEach(s -> (isProcessServer(n) ? ps : cs).add(s));
    }
    if (tolerance != null) {
      for (ServerReport s : tolerance.spares()) {
        SavedDeployment.Server spare =
            new SavedDeployment.Server(
                s.id(),
                s.role(),
                s.site(),
                s.configurationServer(),
                s.tier(),
                s.vcpus(),
                s.memoryGiB(),
                s.cacheDiskGiB(),
                true,
                SparePlans.SPARE,
                List.of(),
                List.of());
        (s.role() == org.asrsizing.model.ServerRole.PROCESS_SERVER ? ps : cs).add(spare);
      }
    }
    java.util.Set<String> onAServer = new java.util.HashSet<>();
    kept.forEach(n -> n.units.forEach(u -> u.machines.forEach(m -> onAServer.add(m.name()))));
    List<org.asrsizing.model.Unplaced> unplaced =
        r.unplaced().stream().filter(u -> !onAServer.contains(u.machine())).toList();
    Integer limit = r.catalog().managementServer() == null ? null : r.csLimit();
    return new SavedDeployment(
        r.catalog().id(),
        new SavedDeployment.Assumed(r.catalog().id(), r.options().headroomPercent(), limit),
        cs,
        ps,
        unplaced);
  }

  private static boolean isProcessServer(Node n) {
    return n.server.server().role() == org.asrsizing.model.ServerRole.PROCESS_SERVER;
  }

  private static List<SavedDeployment.Server> saved(Node n, boolean spare) {
    List<Machine> machines = new ArrayList<>();
    n.units.forEach(u -> machines.addAll(u.machines));
    machines.sort(Comparator.comparing(Machine::name));
    ResolvedServer s = n.server;
    return List.of(
        new SavedDeployment.Server(
            n.id(),
            s.server().role(),
            n.site(),
            s.server().configurationServer(),
            s.tierName(),
            s.vcpus(),
            s.memoryGiB(),
            s.cacheDiskGiB(),
            s.carries() && !(n.change.equals("drained") && n.units.isEmpty()),
            spare ? SparePlans.SPARE : null,
            machines.stream().map(Machine::name).toList(),
            machines.stream().map(Machine::churnGiBPerDay).toList()));
  }

  private static Finding movesFinding(RebalanceSummary s, int overBefore, boolean rebalance) {
    String message;
    if (s.moves() == 0 && s.serversAdded() == 0) {
      message =
          overBefore == 0
              ? "every server is within its limits"
                  + (rebalance ? " and its observed thresholds: no machine needs to move" : "")
              : "no machine moves";
    } else {
      message =
          s.moves()
              + " machine(s) move, "
              + Units.churn(s.churnMovedGiBPerDay())
              + " in all; no change moves fewer than "
              + s.lowerBoundMoves()
              + " (every machine of a drained server, and from each server over a limit the fewest"
              + " of its largest machines that bring it within)";
    }
    if (s.newMachines() > 0) {
      message += "; " + s.newMachines() + " new machine(s) are placed";
    }
    return new Finding(
        Rebalancer.RULE_MOVES, Severity.INFO, message, OperateText.MANAGE_PROCESS_SERVER);
  }

  private static Finding toleranceFinding(FailureTolerance t) {
    String message;
    Severity severity = Severity.INFO;
    boolean now = t.checks().stream().allMatch(FailureCheck::tolerated);
    if (t.toleratedBefore()) {
      message =
          "if any one server fails, its machines fit on the others it can be switched to: N+1"
              + " costs nothing extra";
    } else if (now) {
      message =
          "N+1 costs "
              + t.spares().size()
              + " spare server(s): +"
              + t.extraVcpus()
              + " vCPU, +"
              + t.extraMemoryGiB()
              + " GiB memory, +"
              + t.extraCacheDiskGiB()
              + " GiB cache disk ("
              + String.join(", ", t.spares().stream().map(s -> s.id() + " " + s.tier()).toList())
              + ")";
    } else {
      severity = Severity.ERROR;
      message =
          "no single spare server lets every failure be absorbed: "
              + t.checks().stream()
                  .filter(c -> !c.tolerated())
                  .map(FailureCheck::reason)
                  .findFirst()
                  .orElse("");
    }
    return new Finding(
        Rule.FAILURE_TOLERANCE, severity, message, OperateText.MANAGE_PROCESS_SERVER);
  }

  /** Whether a server was over its limits (less headroom, or an observed threshold) before. */
  private static boolean overBefore(Node n) {
    double limitChurn = n.server.limitChurnGiBPerDay();
    if (n.health.churnFactor() < 1) {
      limitChurn = Math.min(limitChurn, n.churnBefore * n.health.churnFactor());
    }
    return n.countBefore > n.server.limitMachines()
        || !Limits.withinChurn(n.churnBefore, limitChurn);
  }

  /** Moves grouped into portal operations, by server left, then server reached. */
  static List<PortalOperation> operations(Rebalancer r, List<Move> moves, List<Move> placements) {
    Map<String, Map<String, List<Move>>> byFrom = new TreeMap<>();
    for (Move m : moves) {
      byFrom
          .computeIfAbsent(m.from(), k -> new TreeMap<>())
          .computeIfAbsent(m.to(), k -> new ArrayList<>())
          .add(m);
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    r.nodes().forEach(n -> nodes.put(n.id(), n));
    List<PortalOperation> ops = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Move>>> e : byFrom.entrySet()) {
      Node from = nodes.get(e.getKey());
      boolean whole = from.count == 0 && e.getValue().size() == 1;
      for (Map.Entry<String, List<Move>> t : e.getValue().entrySet()) {
        ops.add(
            operation(
                whole ? PortalOperation.SWITCH : PortalOperation.LOAD_BALANCE,
                e.getKey(),
                t.getKey(),
                t.getValue()));
      }
    }
    Map<String, List<Move>> byTo = new TreeMap<>();
    placements.forEach(p -> byTo.computeIfAbsent(p.to(), k -> new ArrayList<>()).add(p));
    byTo.forEach(
        (to, list) -> ops.add(operation(PortalOperation.ENABLE_REPLICATION, null, to, list)));
    return ops;
  }

  private static PortalOperation operation(String kind, String from, String to, List<Move> list) {
    return new PortalOperation(
        kind,
        from,
        to,
        list.size(),
        list.stream().mapToDouble(Move::churnGiBPerDay).sum(),
        list.stream().map(Move::machine).sorted().toList());
  }

  static ServerReport server(Node n) {
    ResolvedServer s = n.server;
    boolean carries = s.carries();
    int limitMachines = carries ? s.limitMachines() : n.domain.capManaged;
    Double limitChurn = carries ? s.limitChurnGiBPerDay() : null;
    int after = carries ? n.count : n.domain.managed();
    double afterChurn =
        carries ? n.churn : n.domain.members.stream().mapToDouble(m -> m.churn).sum();
    return new ServerReport(
        n.id(),
        s.server().role(),
        n.site(),
        s.server().configurationServer(),
        s.tierName(),
        s.vcpus(),
        s.memoryGiB(),
        s.cacheDiskGiB(),
        carries,
        n.change,
        n.health.state(),
        n.health.reasons(),
        n.countBefore,
        n.churnBefore,
        after,
        afterChurn,
        limitMachines,
        limitChurn,
        percent(carries, n.countBefore, n.churnBefore, limitMachines, s.limitChurnGiBPerDay()),
        percent(carries, after, afterChurn, limitMachines, s.limitChurnGiBPerDay()));
  }

  private static double percent(
      boolean carries, int machines, double churn, int limitMachines, double limitChurn) {
    if (!carries) {
      return limitMachines == 0 ? 0 : 100.0 * machines / limitMachines;
    }
    double u = Limits.utilisation(machines, churn, limitMachines, limitChurn);
    // A server whose hardware meets no tier may carry nothing: anything on it is a full load.
    return Double.isInfinite(u) ? 100 : 100 * u;
  }
}
