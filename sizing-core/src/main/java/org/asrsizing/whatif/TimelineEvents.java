package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Units;
import org.asrsizing.operate.Move;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.ServerReport;

/**
 * What a month of a growth path buys or changes, and why: each server added with the limit that
 * made it needed, each server resized with what adding would have cost instead, the machines that
 * move, the first scale-out and the first machines no tier can carry.
 */
final class TimelineEvents {

  /** Machines named in a move event before the rest are counted. */
  private static final int NAMED_MOVES = 3;

  private final List<TimelineEvent> events = new ArrayList<>();
  private boolean scaledOut;
  private boolean unprotectable;

  /** Starts from month 0's deployment, whose scale-out and unprotectable machines are not news. */
  TimelineEvents(Deployment first) {
    scaledOut = first.scaleOutRequired();
    unprotectable = first.unplacedMachines() > 0;
  }

  /** The events of month {@code m}, dated {@code date} (or {@code null}). */
  void month(int m, String date, GrowthPath.Step step, Deployment now) {
    PathCandidate taken = step.taken();
    if (!scaledOut && now.scaleOutRequired()) {
      scaledOut = true;
      add(
          m,
          date,
          TimelineEvent.SCALE_OUT,
          "first scale-out: " + now.machines() + " machines, " + Units.churn(now.churnGiBPerDay()));
    }
    for (ServerResize r : taken.resizes()) {
      add(m, date, TimelineEvent.SERVER_RESIZED, resized(r, taken, step.addOnly()));
    }
    String alternative =
        step.resizeNotTaken() == null ? "" : notTaken(step.resizeNotTaken(), taken);
    for (ServerReport s : taken.servers()) {
      if ("added".equals(s.change())) {
        add(
            m,
            date,
            s.role() == ServerRole.PROCESS_SERVER
                ? TimelineEvent.PROCESS_SERVER_ADDED
                : TimelineEvent.CONFIGURATION_SERVER_ADDED,
            added(s, taken.change()) + alternative);
        // The alternative is said once, on the month's first added server.
        alternative = "";
      }
    }
    for (ServerReport s : taken.retired()) {
      add(m, date, TimelineEvent.SERVER_RETIRED, retiredDetail(s, taken, step.addOnly()));
    }
    if (taken.moves() > 0) {
      add(m, date, TimelineEvent.MACHINES_MOVED, moved(taken.change()));
    }
    if (!unprotectable && now.unplacedMachines() > 0) {
      unprotectable = true;
      add(
          m,
          date,
          TimelineEvent.UNPROTECTABLE,
          now.unplacedMachines() + " machines exceed every tier");
    }
  }

  List<TimelineEvent> events() {
    return List.copyOf(events);
  }

  private void add(int m, String date, String event, String detail) {
    events.add(new TimelineEvent(m, date, event, detail));
  }

  private static String resized(ServerResize r, PathCandidate taken, PathCandidate addOnly) {
    if (r.stopsReplicating()) {
      return r.server()
          + " stops replicating and only manages (a large deployment does not use the built-in"
          + " process server, vmware-physical-large-deployment.md, 2019): rebuild it from "
          + r.fromTier()
          + " to the management server's hardware ("
          + gains(r)
          + "); its "
          + r.machinesMoved()
          + " machine(s) move to scale-out process servers";
    }
    return "resize "
        + r.server()
        + " from "
        + r.fromTier()
        + " to "
        + r.toTier()
        + " ("
        + gains(r)
        + "): the servers bought cannot hold the month's machines; the deployment then has "
        + cost(taken)
        + ", adding servers instead "
        + cost(addOnly);
  }

  private static String retiredDetail(ServerReport s, PathCandidate taken, PathCandidate addOnly) {
    return "retire "
        + s.id()
        + " ("
        + s.tier()
        + ": "
        + s.vcpus()
        + " vCPU, "
        + s.memoryGiB()
        + " GiB memory, "
        + s.cacheDiskGiB()
        + " GiB cache disk): its "
        + s.machinesBefore()
        + " machine(s) fit on the servers kept; the deployment then has "
        + cost(taken)
        + ", keeping every server and adding where needed "
        + cost(addOnly);
  }

  /** What the best resize weighed instead of adding would have cost, and why it was not taken. */
  private static String notTaken(PathCandidate resize, PathCandidate taken) {
    ServerResize r = resize.resizes().get(resize.resizes().size() - 1);
    return "; resizing "
        + r.server()
        + " from "
        + r.fromTier()
        + " to "
        + r.toTier()
        + " instead would give "
        + cost(resize)
        + (resize.serversAdded() > 0
            ? " and still add " + resize.serversAdded() + " server(s)"
            : "")
        + ", against "
        + cost(taken)
        + " by adding";
  }

  private static String gains(ServerResize r) {
    return "+"
        + r.addedVcpus()
        + " vCPU, +"
        + r.addedMemoryGiB()
        + " GiB memory, +"
        + r.addedCacheDiskGiB()
        + " GiB cache disk";
  }

  private static String cost(PathCandidate c) {
    return c.vcpus()
        + " vCPU, "
        + c.memoryGiB()
        + " GiB memory, "
        + c.cacheDiskGiB()
        + " GiB cache disk";
  }

  /** The engine's own account of the server: what did not fit where, and which tier holds it. */
  private static String added(ServerReport s, Rebalance r) {
    for (Finding f : r.findings()) {
      if (f.is(Rule.REBALANCE_ADDED_SERVER) && f.message().startsWith("added " + s.id() + " ")) {
        return f.message();
      }
    }
    return "added " + s.id() + " (" + s.tier() + ")";
  }

  private static String moved(Rebalance r) {
    List<Move> moves = r.moves();
    StringBuilder sb =
        new StringBuilder()
            .append(moves.size())
            .append(" machine(s) move, ")
            .append(Units.churn(r.summary().churnMovedGiBPerDay()))
            .append(": ");
    for (int i = 0; i < Math.min(NAMED_MOVES, moves.size()); i++) {
      Move mv = moves.get(i);
      sb.append(i == 0 ? "" : ", ")
          .append(mv.machine())
          .append(" from ")
          .append(mv.from())
          .append(" to ")
          .append(mv.to());
    }
    if (moves.size() > NAMED_MOVES) {
      sb.append(" and ").append(moves.size() - NAMED_MOVES).append(" more");
    }
    return sb.toString();
  }
}
