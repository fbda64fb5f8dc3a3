package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.placement.Limits;

/** A server while a rebalance is worked out: its units and the load they make. */
final class Node {

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

  boolean fits(Unit u) {
    return count + u.count <= capCount && Limits.withinChurn(churn + u.churn, capChurn);
  }

  boolean overloaded() {
    return count > capCount || !Limits.withinChurn(churn, capChurn);
  }

  /** Utilisation with {@code u} added, as a fraction of its caps. */
  double utilisationWith(Unit u) {
    return Limits.utilisation(count + u.count, churn + u.churn, capCount, capChurn);
  }
}
