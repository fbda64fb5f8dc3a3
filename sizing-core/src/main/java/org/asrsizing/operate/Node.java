package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.placement.Limits;
import org.asrsizing.placement.Slot;

/**
 * A server while a rebalance is worked out: its units and the load they make, held to the caps it
 * has after the change.
 */
final class Node implements Slot {

  final ResolvedServer server;
  final Domain domain;
  final ServerChange change;
  final List<Unit> units = new ArrayList<>();
  int count;
  double churn;
  int countBefore;
  double churnBefore;
  ServerHealth health;

  /** The machines and churn it may carry after the change. */
  int capCount;

  double capChurn;

  /** Whether it may take machines from other servers. */
  boolean receives;

  Node(ResolvedServer server, Domain domain, ServerChange change) {
    this.server = server;
    this.domain = domain;
    this.change = change;
  }

  String id() {
    return server.id();
  }

  String site() {
    return server.server().site();
  }

  /** Whether it keeps a machine that cannot be protected: no move can bring it within limits. */
  boolean pinned() {
    return units.stream().anyMatch(u -> u.pinned);
  }

  void add(Unit u) {
    units.add(u);
    count += u.count;
    churn += u.churn;
  }

  void remove(Unit u) {
    if (!units.remove(u)) {
      throw new IllegalStateException("unit " + u.key + " is not on " + id());
    }
    count -= u.count;
    churn -= u.churn;
  }

  /** The caps as limits. */
  Limits caps() {
    return new Limits(capCount, capChurn);
  }

  @Override
  public int machineLimit() {
    return capCount;
  }

  @Override
  public double churnLimitGiBPerDay() {
    return capChurn;
  }

  @Override
  public int machines() {
    return count;
  }

  @Override
  public double churnGiBPerDay() {
    return churn;
  }
}
