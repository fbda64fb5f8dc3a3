package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/** Writes the {@link Rebalance} of an {@link Outcome}. */
final class Reports {

  private Reports() {}

  static Rebalance of(Outcome o) {
    List<Move> moves = new ArrayList<>();
    List<Move> placements = new ArrayList<>();
    for (ServerOutcome s : o.servers()) {
      for (Outcome.Carried c : s.carried()) {
        Machine m = c.machine();
        if (c.from() == null) {
          placements.add(new Move(m.name(), null, s.id(), m.churnGiBPerDay()));
        } else if (!c.from().equals(s.id())) {
          moves.add(new Move(m.name(), c.from(), s.id(), m.churnGiBPerDay()));
        }
      }
    }
    moves.sort(Comparator.comparing(Move::machine));
    placements.sort(Comparator.comparing(Move::machine));
    RebalanceSummary summary = summary(o, moves);
    List<PortalOperation> operations = operations(o, moves, placements);
    boolean moving = o.mode().movesMachines();
    return new Rebalance(
        Rebalance.SCHEMA_VERSION,
        o.mode().command(),
        summary,
        servers(o),
        moves,
        placements,
        operations,
        o.unplaced(),
        o.failureTolerance(),
        moving ? DrainSteps.of(o, operations) : List.of(),
        findings(o, summary),
        o.assumptions(),
        DeploymentAfter.of(o));
  }

  /** Deployed servers by id, then added ones by id, then the spares of the failure check. */
  private static List<ServerReport> servers(Outcome o) {
    List<ServerReport> servers = new ArrayList<>();
    o.servers().stream()
        .sorted(
            Comparator.comparing((ServerOutcome s) -> s.change() == ServerChange.ADDED)
                .thenComparing(ServerOutcome::id))
        .forEach(s -> servers.add(server(s)));
    if (o.failureTolerance() != null) {
      servers.addAll(o.failureTolerance().spares());
    }
    return servers;
  }

  private static RebalanceSummary summary(Outcome o, List<Move> moves) {
    Set<String> overBefore = new TreeSet<>();
    Set<String> overAfter = new TreeSet<>();
    for (ServerOutcome s : o.servers()) {
      if (!s.carries()) {
        continue;
      }
      if (s.change() != ServerChange.ADDED && overBefore(s)) {
        overBefore.add(s.id());
      }
      if (s.overloaded()) {
        overAfter.add(s.id());
      }
    }
    // A configuration server over the machines it manages counts too: moves cannot fix it.
    for (Outcome.ManagedLoad l : o.managedLoads()) {
      if (l.before() > l.limit()) {
        overBefore.add(l.configurationServer());
      }
      if (l.after() > l.limit()) {
        overAfter.add(l.configurationServer());
      }
    }
    List<ServerOutcome> added = o.added();
    return new RebalanceSummary(
        o.machines(),
        o.newMachines(),
        moves.size(),
        moves.stream().mapToDouble(Move::churnGiBPerDay).sum(),
        o.lowerBoundMoves(),
        overBefore.size(),
        overAfter.size(),
        added.size(),
        added.stream().mapToInt(s -> s.server().vcpus()).sum(),
        added.stream().mapToLong(s -> s.server().memoryGiB()).sum(),
        added.stream().mapToLong(s -> s.server().cacheDiskGiB()).sum(),
        o.unplaced().size());
  }

  private static List<Finding> findings(Outcome o, RebalanceSummary summary) {
    List<Finding> findings = new ArrayList<>(o.findings());
    if (o.mode().movesMachines()) {
      findings.add(
          0,
          movesFinding(
              summary, summary.serversOverLimitBefore(), o.mode() == OperateMode.REBALANCE));
    }
    FailureTolerance tolerance = o.failureTolerance();
    if (tolerance != null) {
      findings.add(toleranceFinding(tolerance));
      List<String> replicating =
          o.servers().stream()
              .filter(s -> s.role() == ServerRole.CONFIGURATION_SERVER)
              .filter(s -> s.carries() && s.machinesAfter() > 0)
              .map(ServerOutcome::id)
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
    return findings;
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
        Rule.REBALANCE_MOVES, Severity.INFO, message, OperateText.MANAGE_PROCESS_SERVER);
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
  private static boolean overBefore(ServerOutcome s) {
    double limitChurn = s.server().limitChurnGiBPerDay();
    double factor = s.health().churnFactor();
    if (factor < 1) {
      limitChurn = Math.min(limitChurn, s.churnBeforeGiBPerDay() * factor);
    }
    return s.machinesBefore() > s.server().limitMachines()
        || !Limits.withinChurn(s.churnBeforeGiBPerDay(), limitChurn);
  }

  /** Moves grouped into portal operations, by server left, then server reached. */
  private static List<PortalOperation> operations(
      Outcome o, List<Move> moves, List<Move> placements) {
    Map<String, Map<String, List<Move>>> byFrom = new TreeMap<>();
    for (Move m : moves) {
      byFrom
          .computeIfAbsent(m.from(), k -> new TreeMap<>())
          .computeIfAbsent(m.to(), k -> new ArrayList<>())
          .add(m);
    }
    Map<String, Integer> machinesAfter = new TreeMap<>();
    o.servers().forEach(s -> machinesAfter.put(s.id(), s.machinesAfter()));
    List<PortalOperation> ops = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Move>>> e : byFrom.entrySet()) {
      boolean whole = machinesAfter.get(e.getKey()) == 0 && e.getValue().size() == 1;
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

  static ServerReport server(ServerOutcome o) {
    ResolvedServer s = o.server();
    boolean carries = s.carries();
    return new ServerReport(
        o.id(),
        s.server().role(),
        o.site(),
        s.server().configurationServer(),
        s.tierName(),
        s.vcpus(),
        s.memoryGiB(),
        s.cacheDiskGiB(),
        carries,
        o.change().label(),
        o.health().state(),
        o.health().reasons(),
        o.machinesBefore(),
        o.churnBeforeGiBPerDay(),
        o.machinesAfter(),
        o.churnAfterGiBPerDay(),
        o.limitMachines(),
        carries ? s.limitChurnGiBPerDay() : null,
        percent(
            carries,
            o.machinesBefore(),
            o.churnBeforeGiBPerDay(),
            o.limitMachines(),
            s.limitChurnGiBPerDay()),
        percent(
            carries,
            o.machinesAfter(),
            o.churnAfterGiBPerDay(),
            o.limitMachines(),
            s.limitChurnGiBPerDay()));
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
