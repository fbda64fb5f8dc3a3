package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebalances one domain: each drained or overloaded server sheds the machines that must leave, they
 * go to the servers of the domain that have room (made by moving others if need be), and the rest
 * onto added servers. A drained server's machines are then gathered for one Switch where they fit.
 */
final class DomainRebalance {

  private final ServerOpening opening;

  DomainRebalance(ServerOpening opening) {
    this.opening = opening;
  }

  void rebalance(Domain d) {
    List<Unit> pool = shed(d);
    if (!pool.isEmpty()) {
      pool.sort(Unit.LARGEST_FIRST);
      List<Node> receivers = d.members.stream().filter(n -> n.receives).toList();
      List<Unit> left = Placement.place(pool, receivers);
      if (!left.isEmpty() && !Placement.makeRoom(left, receivers)) {
        opening.openServers(d, left, "did not fit the room left on the servers of " + describe(d));
      }
    }
    d.members.stream()
        .filter(n -> n.change == ServerChange.DRAINED)
        .toList()
        .forEach(DomainRebalance::gatherForSwitch);
  }

  /** The units that leave the domain's servers, taken off them. */
  private static List<Unit> shed(Domain d) {
    List<Unit> pool = new ArrayList<>();
    for (Node n : d.members) {
      if (n.pinned() && n.change == ServerChange.DRAINED) {
        // What can be protected leaves; what cannot stays, as nothing else can take it.
        for (Unit u : n.units.stream().filter(x -> !x.pinned).toList()) {
          n.remove(u);
          pool.add(u);
        }
      } else if (n.overloaded() && !n.pinned()) {
        for (Unit u : ShedChoice.choose(n.units, n.count, n.churn, n.capCount, n.capChurn)) {
          n.remove(u);
          pool.add(u);
        }
      }
    }
    return pool;
  }

  private static String describe(Domain d) {
    return d.configurationServer != null ? d.configurationServer.id() : "the site";
  }

  /**
   * Puts all of a drained server's machines on one of the servers that took some, when that one
   * holds them all: the same moves, but one Switch in the portal instead of several Load balances.
   * Added servers are tried first, as they have the room.
   */
  private static void gatherForSwitch(Node drained) {
    List<Node> targets = new ArrayList<>();
    for (Node n : drained.domain.members) {
      if (n != drained && n.units.stream().anyMatch(u -> u.origin == drained)) {
        targets.add(n);
      }
    }
    if (targets.size() < 2) {
      return;
    }
    targets.sort(
        Comparator.comparing((Node n) -> n.change != ServerChange.ADDED).thenComparing(Node::id));
    for (Node t : targets) {
      if (holdsAllFrom(t, drained, targets)) {
        for (Node o : targets) {
          if (o != t) {
            o.units.stream()
                .filter(u -> u.origin == drained)
                .toList()
                .forEach(
                    u -> {
                      o.remove(u);
                      t.add(u);
                    });
          }
        }
        return;
      }
    }
  }

  /** Whether {@code t} holds what the other {@code targets} took from {@code drained}. */
  private static boolean holdsAllFrom(Node t, Node drained, List<Node> targets) {
    int count = t.count;
    double churn = t.churn;
    for (Node o : targets) {
      if (o != t) {
        for (Unit u : o.units) {
          if (u.origin == drained) {
            count += u.count;
            churn += u.churn;
          }
        }
      }
    }
    return t.caps().holds(count, churn);
  }
}
