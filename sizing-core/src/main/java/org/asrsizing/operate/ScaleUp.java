package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.placement.Limits;

/**
 * The alternative to moving machines: resize each server over its tier's limits to the cheapest
 * larger tier that holds what it carries now (a change of its virtual machine, no move).
 */
final class ScaleUp {

  /** Rule id of the finding. */
  static final Rule RULE = Rule.SCALE_UP_ALTERNATIVE;

  private ScaleUp() {}

  /** A server and the tier that would hold its load. */
  record Resize(Node node, Tier to) {}

  /**
   * The resizes that would relieve every server that is over its limits now; empty when some such
   * server has no larger tier, or is over an observed threshold (a resize is no remedy there).
   */
  static List<Resize> of(List<Node> nodes, Catalog catalog, double usable) {
    List<Resize> out = new ArrayList<>();
    for (Node n : nodes) {
      boolean over =
          n.server.carries()
              && n.change == ServerChange.KEPT
              && (n.countBefore > n.server.limitMachines()
                  || !Limits.withinChurn(n.churnBefore, n.server.limitChurnGiBPerDay()));
      if (!over) {
        continue;
      }
      if (n.server.tier() == null || n.health.churnFactor() < 1) {
        return List.of();
      }
      List<Tier> tiers =
          n.server.server().role() == ServerRole.PROCESS_SERVER
              ? catalog.processServerTiers()
              : catalog.configurationServerTiers();
      // By name, so that the cheapest of tiers alike goes by name.
      List<Tier> larger =
          tiers.stream()
              .filter(t -> t != n.server.tier())
              .filter(
                  t ->
                      t.maxMachines() >= n.server.tier().maxMachines()
                          && t.maxChurnGiBPerDay() >= n.server.tier().maxChurnGiBPerDay())
              .sorted(Comparator.comparing(Tier::name))
              .toList();
      Tier to = CheapestTier.holding(larger, usable, n.countBefore, n.churnBefore);
      if (to == null) {
        return List.of();
      }
      out.add(new Resize(n, to));
    }
    return out;
  }

  /** What the resizes cost beside what the rebalance does instead. */
  static Finding finding(List<Resize> resizes, Catalog catalog, String instead) {
    int vcpus = 0;
    int memory = 0;
    int cache = 0;
    List<String> names = new ArrayList<>();
    for (Resize r : resizes) {
      ResolvedServer s = r.node().server;
      // What the server must gain to meet the tier; it keeps what it has beyond that.
      vcpus += Math.max(0, r.to().vcpus() - s.vcpus());
      memory += Math.max(0, r.to().memoryGiB() - s.memoryGiB());
      cache += Math.max(0, r.to().cacheDiskGiB() - s.cacheDiskGiB());
      names.add(r.node().id() + " " + s.tierName() + " to " + r.to().name());
    }
    return new Finding(
        RULE,
        Severity.INFO,
        "alternative without moves: resize "
            + resizes.size()
            + " server(s) over their limits to a larger tier (adding "
            + signed(vcpus)
            + " vCPU, "
            + signed(memory)
            + " GiB memory, "
            + signed(cache)
            + " GiB cache disk in all, where the servers have less): "
            + OperateText.names(names)
            + "; "
            + instead,
        catalog.cite(resizes.get(0).to().source()));
  }

  /** What the rebalance does instead of resizing, for the finding. */
  static String instead(WorkingState state) {
    if (!state.options.mode().movesMachines()) {
      return "sizing rebalance works out the moves instead";
    }
    int moved = 0;
    for (Node n : state.nodes) {
      for (Unit u : n.units) {
        if (u.origin != null && u.origin != n) {
          moved += u.count;
        }
      }
    }
    int vcpus =
        state.nodes.stream()
            .filter(n -> n.change == ServerChange.ADDED)
            .filter(
                n -> n.server.carries() || n.server.server().role() != ServerRole.PROCESS_SERVER)
            .mapToInt(n -> n.server.vcpus())
            .sum();
    return "the rebalance moves " + moved + " machine(s) and adds " + vcpus + " vCPU of servers";
  }

  private static String signed(int n) {
    return (n >= 0 ? "+" : "") + n;
  }
}
