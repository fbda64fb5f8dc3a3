package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.asrsizing.placement.Limits;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * Places the machines that replicate nowhere yet: where they fit best and, failing that, on added
 * servers under the configuration servers with room, under new ones, or as a fresh plan of their
 * own, whichever costs the fewest vCPUs.
 */
final class NewMachinePlacement {

  /** New machines spread over configuration servers with room, then new ones, and its cost. */
  private record Layout(List<List<Unit>> chunks, List<List<Unit>> newGroups, long vcpus) {}

  private final WorkingState state;
  private final Catalog catalog;
  private final ServerOpening opening;

  NewMachinePlacement(WorkingState state, ServerOpening opening) {
    this.state = state;
    this.catalog = state.catalog;
    this.opening = opening;
  }

  void place() {
    if (state.newUnits.isEmpty()) {
      return;
    }
    List<Unit> left = Placement.placeNew(state.newUnits, state.receivers());
    Map<String, List<Unit>> bySite = new TreeMap<>();
    left.forEach(u -> bySite.computeIfAbsent(u.site, k -> new ArrayList<>()).add(u));
    for (Map.Entry<String, List<Unit>> e : bySite.entrySet()) {
      openFor(e.getKey(), e.getValue());
    }
  }

  /** New machines that fit no server: onto added servers where a configuration server has room. */
  private void openFor(String site, List<Unit> units) {
    String why = "are new and fit no server on site " + site;
    if (!catalog.hasScaleOutProcessServers()) {
      Domain d =
          state.domains.computeIfAbsent(
              "appliances@" + site, k -> new Domain(k, Integer.MAX_VALUE));
      opening.openServers(d, units, why);
      return;
    }
    String hub = state.hubOf(site);
    List<Domain> withRoom = withRoom(site, hub);
    Layout layout = cheapestLayout(units, withRoom);
    // A branch of a hub gets process servers only, so no plan of its own is weighed.
    Plan fresh = hub == null ? freshPlan(units) : null;
    if (fresh != null && fresh.summary().vcpus() < layout.vcpus()) {
      boolean roomy = layout.chunks().stream().anyMatch(c -> !c.isEmpty());
      applyFreshPlan(site, fresh, units, layout.vcpus(), roomy);
      return;
    }
    for (int i = 0; i < withRoom.size(); i++) {
      if (!layout.chunks().get(i).isEmpty()) {
        opening.openServers(withRoom.get(i), layout.chunks().get(i), why);
      }
    }
    for (List<Unit> group : layout.newGroups()) {
      Domain d = opening.newConfigurationServer(hub == null ? site : hub, true);
      opening.openServers(d, group, why + " and every configuration server there is at its limit");
    }
  }

  /**
   * The domains on {@code site} that a configuration server manages, and for a branch those of its
   * {@code hub} (or {@code null}), the most room first.
   */
  private List<Domain> withRoom(String site, String hub) {
    return state.domains.values().stream()
        .filter(d -> d.configurationServer != null || d.key.startsWith("ps@"))
        .filter(
            d ->
                d.members.stream().anyMatch(n -> n.site().equals(site))
                    || (d.members.isEmpty()
                        && d.configurationServer != null
                        && d.configurationServer.site().equals(site))
                    || (hub != null
                        && d.configurationServer != null
                        && d.configurationServer.site().equals(hub)))
        .sorted(
            Comparator.comparingInt((Domain d) -> d.managed() - d.capManaged)
                .thenComparing(d -> d.key))
        .toList();
  }

  /**
   * Where the configuration servers there have room for them, in chunks; the rest under new
   * configuration servers. Chunks of at most one tier's machines are tried too (a room of 100 is
   * better filled with 85 than with 100 when a small server holds 85). Each layout is costed before
   * anything is added.
   */
  private Layout cheapestLayout(List<Unit> units, List<Domain> withRoom) {
    Layout layout = null;
    List<Integer> chunkLimits = new ArrayList<>();
    chunkLimits.add(Integer.MAX_VALUE);
    state.scaleOutTiers.stream()
        .map(t -> Limits.machineLimit(t.maxMachines(), state.usable()))
        .distinct()
        .sorted()
        .forEach(chunkLimits::add);
    for (int limit : chunkLimits) {
      Layout l = layout(units, withRoom, limit);
      if (layout == null || l.vcpus() < layout.vcpus()) {
        layout = l;
      }
    }
    return layout;
  }

  private Layout layout(List<Unit> units, List<Domain> withRoom, int chunkLimit) {
    List<List<Unit>> chunks = new ArrayList<>();
    List<Unit> rest = new ArrayList<>(units);
    for (Domain d : withRoom) {
      chunks.add(take(rest, Math.min(chunkLimit, d.capManaged - d.managed())));
    }
    List<List<Unit>> newGroups = new ArrayList<>();
    while (!rest.isEmpty()) {
      newGroups.add(take(rest, state.csCap));
    }
    long vcpus = newGroups.size() * (long) catalog.managementServer().vcpus();
    for (List<Unit> c : chunks) {
      vcpus += opening.pack(c).stream().mapToLong(o -> o.tier().vcpus()).sum();
    }
    for (List<Unit> c : newGroups) {
      vcpus += opening.pack(c).stream().mapToLong(o -> o.tier().vcpus()).sum();
    }
    return new Layout(chunks, newGroups, vcpus);
  }

  /** Units from the front of {@code rest} that fit in {@code room} machines, taken out of it. */
  private static List<Unit> take(List<Unit> rest, int room) {
    // A timeline month lays out hundreds of thousands of new machines over as many configuration
    // servers as there are: a pass that stops when the room is used up (every unit has a machine),
    // not a copy of what is left and a removal per unit taken.
    List<Unit> here = new ArrayList<>();
    int kept = 0;
    int next = 0;
    for (; next < rest.size() && room >= 1; next++) {
      Unit u = rest.get(next);
      if (u.count <= room) {
        here.add(u);
        room -= u.count;
      } else {
        rest.set(kept++, u);
      }
    }
    rest.subList(kept, next).clear();
    return here;
  }

  /** The planner's plan for {@code units} alone, or null when it cannot protect them all. */
  private Plan freshPlan(List<Unit> units) {
    List<Machine> machines = new ArrayList<>();
    units.forEach(u -> machines.addAll(u.machines));
    Plan plan;
    try {
      plan =
          Planner.plan(
              Workload.of(machines),
              catalog,
              new PlanOptions(
                  0,
                  state.options.headroomPercent(),
                  Preference.VCPUS,
                  state.options.configurationServerMachineLimit()));
    } catch (IllegalArgumentException e) {
      // A limit the planner does not accept (below the largest process server's): no fresh plan.
      return null;
    }
    return plan.feasible() ? plan : null;
  }

  /** Builds the servers of {@code plan} as new ones and puts the units where it put them. */
  private void applyFreshPlan(
      String site, Plan plan, List<Unit> units, long chunked, boolean roomy) {
    Map<String, Unit> unitOf = new HashMap<>();
    units.forEach(u -> u.machines.forEach(m -> unitOf.put(m.name(), u)));
    Map<String, Domain> domainOf = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (PlannedServer cs : plan.configurationServers()) {
      Domain d = opening.newConfigurationServer(site, false);
      domainOf.put(cs.id(), d);
      Node n = d.configurationServer;
      ids.add(n.id());
      if (cs.replicates()) {
        Tier tier = tierNamed(catalog.configurationServerTiers(), cs.tier());
        put(cs, opening.replicatingConfigurationServer(n, tier), unitOf);
      }
    }
    for (PlannedServer ps : plan.processServers()) {
      Domain d = domainOf.get(ps.configurationServer());
      Node n = opening.addServer(d, site, tierNamed(state.scaleOutTiers, ps.tier()));
      ids.add(n.id());
      put(ps, n, unitOf);
    }
    int count = units.stream().mapToInt(u -> u.count).sum();
    state.findings.add(
        new Finding(
            Rule.REBALANCE_ADDED_SERVER,
            Severity.WARNING,
            count
                + " new machine(s) on site "
                + site
                + " fit no server there and are planned as a group of their own: "
                + String.join(", ", ids)
                + " ("
                + plan.summary().vcpus()
                + " vCPU), cheaper than "
                + (roomy
                    ? "adding process servers under the configuration servers with room ("
                    : "adding process servers under new configuration servers (")
                + chunked
                + " vCPU)",
            catalog.cite(catalog.scaleOut().source())));
  }

  /** Puts the units of the machines {@code planned} carries on {@code n}. */
  private static void put(PlannedServer planned, Node n, Map<String, Unit> unitOf) {
    for (String name : planned.assignedMachines()) {
      Unit u = unitOf.get(name);
      if (u != null && !n.units.contains(u)) {
        n.add(u);
      }
    }
  }

  private static Tier tierNamed(List<Tier> tiers, String name) {
    return tiers.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
