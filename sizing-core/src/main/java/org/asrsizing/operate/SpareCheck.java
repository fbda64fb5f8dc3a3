package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.ServerRole;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.placement.FailoverCheck;
import org.asrsizing.placement.Limits;

/**
 * Checks that if any {@code k} servers fail at once, their machines fit on the other servers they
 * can be switched to (same configuration server, same site, not Critical) within their failover
 * limits, and adds the cheapest {@code k} spares of one tier where they do not. During a failure
 * the survivors may use their headroom: by default the check holds them to the tier limits. The
 * check itself is {@link FailoverCheck}, the one the planner asks.
 */
final class SpareCheck {

  /**
   * Makes an empty spare server of a tier beside a server, with an id none of {@code taken} has.
   */
  interface SpareFactory {
    Node spare(Node like, Tier tier, Set<String> taken);
  }

  private final SpareFactory factory;
  private final List<Tier> tiers;
  private final int k;
  private final double failoverHeadroomPercent;

  SpareCheck(SpareFactory factory, List<Tier> tiers, int k, double failoverHeadroomPercent) {
    this.factory = factory;
    this.tiers = tiers.stream().sorted(CheapestTier.ORDER.thenComparing(Tier::name)).toList();
    this.k = k;
    this.failoverHeadroomPercent = failoverHeadroomPercent;
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
          List<Node> more = new ArrayList<>(group);
          List<Node> added = new ArrayList<>();
          for (int i = 0; i < k; i++) {
            Set<String> taken = new java.util.HashSet<>();
            spares.forEach(s -> taken.add(s.id()));
            added.forEach(s -> taken.add(s.id()));
            added.add(factory.spare(group.get(0), t, taken));
          }
          more.addAll(added);
          List<FailureCheck> c = checkAll(more);
          if (c.stream().allMatch(FailureCheck::tolerated)) {
            spares.addAll(added);
            withSpare = c;
            break;
          }
        }
        checks.addAll(withSpare == null ? now : withSpare);
      }
    }
    checks.sort(Comparator.comparing(FailureCheck::server));
    List<ServerReport> reports =
        spares.stream().map(OutcomeSnapshot::server).map(Reports::server).toList();
    return new FailureTolerance(
        k,
        before,
        checks,
        reports,
        reports.stream().mapToInt(ServerReport::vcpus).sum(),
        reports.stream().mapToLong(ServerReport::memoryGiB).sum(),
        reports.stream().mapToLong(ServerReport::cacheDiskGiB).sum());
  }

  /** One check per failure of {@code k} servers of {@code group} that loses machines. */
  private List<FailureCheck> checkAll(List<Node> group) {
    List<FailoverCheck.Member> members = new ArrayList<>();
    for (Node n : group) {
      Tier tier = n.server.tier();
      List<FailoverCheck.Unit> units =
          n.units.stream()
              .map(u -> new FailoverCheck.Unit(u.key, u.count, u.churn))
              .collect(Collectors.toList());
      // A configuration server that fails takes its process servers with it: no spare covers it.
      boolean mayFail = n.server.server().role() != ServerRole.CONFIGURATION_SERVER;
      boolean mayTake = tier != null && n.health.state() != HealthState.CRITICAL;
      members.add(
          new FailoverCheck.Member(
              n.id(),
              tier == null ? new Limits(0, 0) : Limits.of(tier, failoverHeadroomPercent),
              units,
              mayFail,
              mayTake));
    }
    return FailoverCheck.all(members, k).stream()
        .map(
            f ->
                new FailureCheck(
                    String.join(", ", f.failed()),
                    f.machines(),
                    f.churnGiBPerDay(),
                    f.survived(),
                    f.takenBy(),
                    f.reason()))
        .toList();
  }
}
