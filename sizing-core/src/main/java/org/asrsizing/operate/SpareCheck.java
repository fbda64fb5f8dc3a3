package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Units;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.placement.Limits;
import org.asrsizing.placement.Slots;

/**
 * Checks that if any one server fails, its machines fit on the other servers they can be switched
 * to (same configuration server, same site) within the tiers' limits, and adds the cheapest spare
 * where they do not. During a failure the survivors may use their headroom: the check holds them to
 * the tier limits, not to the limits less headroom.
 */
final class SpareCheck {

  /**
   * Makes an empty spare server of a tier beside a server, with an id none of {@code taken} has.
   */
  interface SpareFactory {
    Node spare(Node like, Tier tier, java.util.Set<String> taken);
  }

  private final SpareFactory factory;
  private final List<Tier> tiers;

  SpareCheck(SpareFactory factory, List<Tier> tiers) {
    this.factory = factory;
    this.tiers = tiers.stream().sorted(CheapestTier.ORDER.thenComparing(Tier::name)).toList();
  }

  FailureTolerance check(Collection<Domain> domains) {
    List<FailureCheck> checks = new ArrayList<>();
    List<Node> spares = new ArrayList<>();
    boolean before = true;
    for (Domain d : domains) {
      Map<String, List<Node>> bySite = new TreeMap<>();
      for (Node n : d.members) {
        if (n.change != ServerChange.DRAINED) {
          bySite.computeIfAbsent(n.site(), s -> new ArrayList<>()).add(n);
        }
      }
      for (List<Node> group : bySite.values()) {
        List<FailureCheck> now = checkAll(group);
        if (now.stream().allMatch(FailureCheck::tolerated)) {
          checks.addAll(now);
          continue;
        }
        before = false;
        List<FailureCheck> withSpare = null;
        for (Tier t : tiers) {
          Node spare =
              factory.spare(
                  group.get(0),
                  t,
                  spares.stream().map(Node::id).collect(java.util.stream.Collectors.toSet()));
          List<Node> more = new ArrayList<>(group);
          more.add(spare);
          List<FailureCheck> c = checkAll(more);
          if (c.stream().allMatch(FailureCheck::tolerated)) {
            spares.add(spare);
            withSpare = c;
            break;
          }
        }
        checks.addAll(withSpare == null ? now : withSpare);
      }
    }
    checks.sort(java.util.Comparator.comparing(FailureCheck::server));
    List<ServerReport> reports =
        spares.stream().map(OutcomeSnapshot::server).map(Reports::server).toList();
    return new FailureTolerance(
        1,
        before,
        checks,
        reports,
        reports.stream().mapToInt(ServerReport::vcpus).sum(),
        reports.stream().mapToLong(ServerReport::memoryGiB).sum(),
        reports.stream().mapToLong(ServerReport::cacheDiskGiB).sum());
  }

  /** One check per server of {@code group} that carries machines. */
  private static List<FailureCheck> checkAll(List<Node> group) {
    List<FailureCheck> out = new ArrayList<>();
    for (Node failed : group) {
      // A configuration server that fails takes its process servers with it: no spare covers it.
      if (failed.count == 0 || failed.server.server().role() == ServerRole.CONFIGURATION_SERVER) {
        continue;
      }
      out.add(check(failed, group));
    }
    return out;
  }

  static FailureCheck check(Node failed, List<Node> group) {
    // The survivors it can be switched to, held to their tiers' limits (headroom may be used).
    List<Shadow> others = new ArrayList<>();
    for (Node n : group) {
      if (n != failed && n.server.tier() != null && n.health.state() != HealthState.CRITICAL) {
        others.add(new Shadow(n, Limits.atTierLimits(n.server.tier())));
      }
    }
    List<Unit> units = new ArrayList<>(failed.units);
    units.sort(Unit.LARGEST_FIRST);
    TreeSet<String> takenBy = new TreeSet<>();
    for (Unit u : units) {
      // The least room left, as 1 - utilisation: utilisations that differ by less than the rounding
      // of that difference tie, and the earliest wins, as the failure check has always chosen.
      Shadow best = Slots.lowestScoringFit(others, u, s -> true, s -> 1 - s.utilisationWith(u));
      if (best == null) {
        return new FailureCheck(
            failed.id(),
            failed.count,
            failed.churn,
            false,
            List.of(),
            "if "
                + failed.id()
                + " fails, machine "
                + u.key
                + " ("
                + Units.churn(u.churn)
                + ") fits on none of the "
                + others.size()
                + " other server(s) it can be switched to within their tiers' limits");
      }
      best.add(u);
      takenBy.add(best.node.id());
    }
    return new FailureCheck(
        failed.id(), failed.count, failed.churn, true, new ArrayList<>(takenBy), null);
  }
}
