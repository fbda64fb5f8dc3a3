package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.asrsizing.placement.LeastLoadedSearch;
import org.asrsizing.placement.Slots;

/** Puts machines that must move onto servers that have room. */
final class Placement {

  /** Servers examined when one is made room on; the ones with the most room are tried. */
  static final int ROOM_CANDIDATES = 16;

  private Placement() {}

  /**
   * Places {@code pool}, largest first, on {@code receivers} of the same site: where each leaves
   * the most room, or where it fits tightest when that strands fewer machines. Returns what fits
   * nowhere.
   */
  static List<Unit> place(List<Unit> pool, List<Node> receivers) {
    Node[] spread = simulate(pool, receivers, false);
    int spreadLeft = leftovers(spread);
    Node[] chosen = spread;
    if (spreadLeft > 0) {
      Node[] tight = simulate(pool, receivers, true);
      if (leftovers(tight) < spreadLeft) {
        chosen = tight;
      }
    }
    List<Unit> left = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      if (chosen[i] == null) {
        left.add(pool.get(i));
      } else {
        chosen[i].add(pool.get(i));
      }
    }
    return left;
  }

  private static int leftovers(Node[] targets) {
    int n = 0;
    for (Node t : targets) {
      n += t == null ? 1 : 0;
    }
    return n;
  }

  private static Node[] simulate(List<Unit> pool, List<Node> receivers, boolean tight) {
    List<Shadow> shadows = receivers.stream().map(Shadow::new).toList();
    Node[] target = new Node[pool.size()];
    for (int i = 0; i < pool.size(); i++) {
      Unit u = pool.get(i);
      Predicate<Shadow> sameSite = s -> s.node.site().equals(u.site);
      Shadow best =
          tight
              ? Slots.tightestFit(shadows, u, sameSite)
              : Slots.leastLoadedFit(shadows, u, sameSite);
      if (best != null) {
        best.add(u);
      }
      target[i] = best == null ? null : best.node;
    }
    return target;
  }

  /**
   * New machines, largest first, where each leaves the most room, without taking a configuration
   * server above the machines it manages. Returns what fits nowhere.
   */
  static List<Unit> placeNew(List<Unit> units, List<Node> receivers) {
    receivers.forEach(r -> r.domain.managedWhilePlacing = r.domain.managed());
    Map<String, List<Node>> bySite = new HashMap<>();
    receivers.forEach(r -> bySite.computeIfAbsent(r.site(), s -> new ArrayList<>()).add(r));
    // A month of a timeline brings hundreds of thousands of new machines to thousands of servers:
    // a search per site, not a scan per machine. The configuration server's room only falls.
    Map<String, LeastLoadedSearch<Node>> searches = new HashMap<>();
    ToIntFunction<Node> managerRoom = r -> r.domain.capManaged - r.domain.managedWhilePlacing;
    List<Unit> left = new ArrayList<>();
    for (Unit u : units) {
      List<Node> here = bySite.get(u.site);
      LeastLoadedSearch<Node> search =
          here == null
              ? null
              : searches.computeIfAbsent(u.site, s -> new LeastLoadedSearch<>(here, managerRoom));
      Node best = search == null ? null : search.find(u);
      if (best == null) {
        left.add(u);
      } else {
        best.add(u);
        best.domain.managedWhilePlacing += u.count;
        search.changed(best);
      }
    }
    return left;
  }

  /**
   * Makes room for each of {@code left} on one server by moving as few of that server's own
   * machines as possible to the others. All or nothing: when one machine cannot be made room for,
   * every server is put back as it was and {@code false} returned.
   */
  static boolean makeRoom(List<Unit> left, List<Node> receivers) {
    Map<Node, List<Unit>> snapshot = new IdentityHashMap<>();
    receivers.forEach(r -> snapshot.put(r, new ArrayList<>(r.units)));
    for (Unit u : left) {
      if (!makeRoomFor(u, receivers)) {
        for (Node r : receivers) {
          for (Unit x : new ArrayList<>(r.units)) {
            r.remove(x);
          }
          snapshot.get(r).forEach(r::add);
        }
        return false;
      }
    }
    return true;
  }

  private static boolean makeRoomFor(Unit u, List<Node> receivers) {
    List<Node> candidates =
        receivers.stream()
            .filter(r -> r.site().equals(u.site))
            .filter(r -> r.caps().holds(u.count, u.churn))
            .sorted(Comparator.comparingDouble((Node r) -> -r.churnRoom()).thenComparing(Node::id))
            .limit(ROOM_CANDIDATES)
            .toList();
    Node bestServer = null;
    List<Unit> bestEvicted = null;
    Node[] bestTargets = null;
    int bestCount = Integer.MAX_VALUE;
    double bestChurn = Double.MAX_VALUE;
    for (Node r : candidates) {
      List<Unit> own = r.units.stream().filter(x -> x.origin == r).toList();
      List<Unit> evict =
          ShedChoice.choose(own, r.count + u.count, r.churn + u.churn, r.capCount, r.capChurn);
      int ec = evict.stream().mapToInt(x -> x.count).sum();
      double ew = evict.stream().mapToDouble(x -> x.churn).sum();
      if (!r.caps().holds(r.count + u.count - ec, r.churn + u.churn - ew)) {
        continue;
      }
      List<Node> others = receivers.stream().filter(o -> o != r).toList();
      Node[] targets = fitAll(evict, others);
      if (targets == null) {
        continue;
      }
      if (ec < bestCount || (ec == bestCount && ew < bestChurn)) {
        bestServer = r;
        bestEvicted = evict;
        bestTargets = targets;
        bestCount = ec;
        bestChurn = ew;
      }
    }
    if (bestServer == null) {
      return false;
    }
    for (int i = 0; i < bestEvicted.size(); i++) {
      bestServer.remove(bestEvicted.get(i));
      bestTargets[i].add(bestEvicted.get(i));
    }
    bestServer.add(u);
    return true;
  }

  /** Where each of {@code units} would go, or null when one fits nowhere. */
  private static Node[] fitAll(List<Unit> units, List<Node> servers) {
    Node[] byOrder = simulate(units, servers, false);
    for (Node n : byOrder) {
      if (n == null) {
        return null;
      }
    }
    return byOrder;
  }
}
