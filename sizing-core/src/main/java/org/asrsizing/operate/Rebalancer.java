package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;
import org.asrsizing.model.Workload;
import org.asrsizing.placement.Limits;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.rules.MachineRules;

/**
 * Works out the change to a running deployment: the fewest machine moves (then the least churn
 * moved) that bring every server within its limits, its headroom and its observed thresholds, using
 * the servers there and adding one only when they cannot hold the load.
 *
 * <p>Each overloaded server sheds the fewest machines that relieve it, smallest churn among those;
 * the shed machines go, largest first, to the server of the same configuration server where they
 * leave the most room (or, when that strands some, the tightest fit). If some still fit nowhere
 * although the servers have room in total, one machine per server is made room for by moving
 * others; if that fails too, the cheapest servers that hold the rest are added. New machines go
 * where they fit best and, failing that, onto added servers.
 */
public final class Rebalancer {

  /** Rule ids of the findings. */
  public static final String RULE_MOVES = Rule.REBALANCE_MOVES.id();

  public static final String RULE_ADDED = Rule.REBALANCE_ADDED_SERVER.id();
  public static final String RULE_HEALTH = Rule.PROCESS_SERVER_HEALTH.id();
  public static final String RULE_CS_LIMIT = Rule.CONFIGURATION_SERVER_LIMIT.id();
  public static final String RULE_GROUP_SPLIT = Rule.GROUP_SPLIT.id();
  public static final String RULE_NOT_PROTECTABLE = Rule.MACHINE_NOT_PROTECTABLE.id();

  /** How messages about the deployment name it. */
  private static final String WHAT = "deployment";

  private final CurrentDeployment deployment;
  private final Catalog catalog;
  private final OperateOptions options;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Node> byId = new LinkedHashMap<>();
  private final Map<String, Domain> domains = new TreeMap<>();
  private final List<Unit> newUnits = new ArrayList<>();
  private final List<Unplaced> unplaced = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<Node> added = new ArrayList<>();
  private final java.util.Set<String> ids = new java.util.HashSet<>();
  private final List<Tier> scaleOutTiers;
  private final int csLimit;
  private final int csCap;
  private int lowerBound;

  private Rebalancer(CurrentDeployment deployment, Catalog catalog, OperateOptions options) {
    this.deployment = deployment;
    this.catalog = catalog;
    this.options = options;
    this.scaleOutTiers = catalog.scaleOutTiers();
    Integer limit = options.configurationServerMachineLimit();
    if (limit == null && catalog.managementServer() != null) {
      limit = catalog.managementServer().maxMachines();
    }
    this.csLimit = limit == null ? 0 : limit;
    this.csCap =
        limit == null ? Integer.MAX_VALUE : Limits.machineLimit(limit, options.usableFraction());
  }

  /**
   * The change for {@code deployment}.
   *
   * @throws DrainTargetException when a server to drain is not in the deployment or carries no
   *     machines itself
   * @throws DeploymentException when a server does not match the catalog
   */
  public static Rebalance run(
      CurrentDeployment deployment, Catalog catalog, OperateOptions options) {
    return new Rebalancer(deployment, catalog, options).run();
  }

  private Rebalance run() {
    build();
    assess();
    List<ScaleUp.Resize> resizes =
        options.drain().isEmpty()
            ? ScaleUp.of(nodes, catalog, options.usableFraction())
            : List.of();
    if (options.move()) {
      for (Domain d : new ArrayList<>(domains.values())) {
        rebalance(d);
      }
      placeNewMachines();
    }
    if (!resizes.isEmpty()) {
      findings.add(ScaleUp.finding(resizes, catalog, instead()));
    }
    FailureTolerance tolerance =
        options.spare() > 0
            ? new SpareCheck(this::spareNode, scaleOutTiers).check(domains.values())
            : null;
    return Reports.of(this, tolerance);
  }

  /** The first of {@code prefix}1, {@code prefix}2, ... that no server has. */
  private String nextId(String prefix) {
    for (int i = 1; ; i++) {
      if (ids.add(prefix + i)) {
        return prefix + i;
      }
    }
  }

  /** What the rebalance does instead of resizing, for the scale-up finding. */
  private String instead() {
    if (!options.move()) {
      return "sizing rebalance works out the moves instead";
    }
    int moved = 0;
    for (Node n : nodes) {
      for (Unit u : n.units) {
        if (u.origin != null && u.origin != n) {
          moved += u.count;
        }
      }
    }
    int vcpus =
        added.stream()
            .filter(
                n -> n.server.carries() || n.server.server().role() != ServerRole.PROCESS_SERVER)
            .mapToInt(n -> n.server.vcpus())
            .sum();
    return "the rebalance moves " + moved + " machine(s) and adds " + vcpus + " vCPU of servers";
  }

  // ---- building the picture -------------------------------------------------------------

  private void build() {
    List<DeployedServer> servers = new ArrayList<>(deployment.servers());
    servers.sort(Comparator.comparing(DeployedServer::id));
    servers.forEach(s -> ids.add(s.id()));
    for (DeployedServer s : servers) {
      ResolvedServer r = ResolvedServer.resolve(s, catalog, options.usableFraction(), WHAT);
      Tier t = r.tier();
      if (t != null
          && s.tier() != null
          && s.vcpus() > 0
          && (s.vcpus() < t.vcpus()
              || s.memoryGiB() < t.memoryGiB()
              || s.cacheDiskGiB() < t.cacheDiskGiB())) {
        findings.add(
            new Finding(
                Rule.DEPLOYMENT.id(),
                Severity.WARNING,
                s.id()
                    + " is recorded as "
                    + t.name()
                    + " but has "
                    + s.vcpus()
                    + " vCPU, "
                    + s.memoryGiB()
                    + " GiB memory and "
                    + s.cacheDiskGiB()
                    + " GiB cache disk, below the tier's "
                    + t.vcpus()
                    + ", "
                    + t.memoryGiB()
                    + " and "
                    + t.cacheDiskGiB()
                    + "; it is held to the "
                    + t.name()
                    + " tier's limits",
                catalog.cite(t.source())));
      }
      Domain d = domains.computeIfAbsent(domainKey(s), k -> new Domain(k, domainCap(s)));
      Node n =
          new Node(
              r, d, options.drain().contains(s.id()) ? "drained" : s.spare() ? "spare" : "kept");
      if (s.role() == ServerRole.CONFIGURATION_SERVER) {
        d.configurationServer = n;
      }
      if (r.carries()) {
        d.members.add(n);
      }
      nodes.add(n);
      byId.put(s.id(), n);
    }
    for (String id : new java.util.TreeSet<>(options.drain())) {
      Node n = byId.get(id);
      if (n == null) {
        throw new DrainTargetException(
            "there is no server "
                + id
                + " in the deployment; its servers are "
                + OperateText.names(nodes.stream().map(Node::id).toList()));
      }
      if (!n.server.carries()) {
        throw new DrainTargetException(
            id
                + " is a configuration server that carries no machines itself; drain a process"
                + " server or an appliance");
      }
    }
    double largest =
        Limits.churnLimit(
            scaleOutTiers.stream().mapToDouble(Tier::maxChurnGiBPerDay).max().orElse(0),
            options.usableFraction());
    List<List<Machine>> groups = new ArrayList<>();
    Map<String, List<Machine>> grouped = new HashMap<>();
    List<Machine> sorted = new ArrayList<>(deployment.machines());
    sorted.sort(Comparator.comparing(Machine::name));
    for (Machine m : sorted) {
      Optional<String> why =
          MachineRules.unprotectableReason(m, catalog, largest, options.headroomPercent());
      String on = deployment.serverOf().get(m.name());
      if (why.isPresent()) {
        unplaced.add(
            new Unplaced(
                m.name(),
                m.site(),
                m.churnGiBPerDay(),
                why.get() + (on == null ? "" : "; it replicates through " + on + " now")));
        if (on != null) {
          byId.get(on).add(new Unit(List.of(m), byId.get(on), true));
        }
        continue;
      }
      if (m.group() == null) {
        groups.add(List.of(m));
      } else {
        // The machines of one group on one server (or new, on one site) move as one.
        String key = (on == null ? "\u0000new" : on) + "\u0000" + m.site() + "\u0000" + m.group();
        List<Machine> g = grouped.get(key);
        if (g == null) {
          g = new ArrayList<>();
          grouped.put(key, g);
          groups.add(g);
        }
        g.add(m);
      }
    }
    Tier largestTier = largestTier();
    int largestCount = Limits.machineLimit(largestTier.maxMachines(), options.usableFraction());
    for (List<Machine> g : groups) {
      String on = deployment.serverOf().get(g.get(0).name());
      Node n = on == null ? null : byId.get(on);
      Unit u = new Unit(g, n);
      if (g.size() > 1 && (u.count > largestCount || !Limits.withinChurn(u.churn, largest))) {
        String reason =
            "its group "
                + g.get(0).group()
                + " ("
                + u.count
                + " machines, "
                + Units.churn(u.churn)
                + ") must share one process server, and the largest tier carries "
                + largestCount
                + " machines and "
                + Units.churn(largest)
                + " as planned"
                + (on == null ? "" : "; it replicates through " + on + " now");
        g.forEach(m -> unplaced.add(new Unplaced(m.name(), m.site(), m.churnGiBPerDay(), reason)));
        if (n != null) {
          n.add(new Unit(g, n, true));
        }
        continue;
      }
      if (n == null) {
        newUnits.add(u);
      } else {
        n.add(u);
      }
    }
    newUnits.sort(Unit.LARGEST_FIRST);
    splitGroups(groups);
    for (Node n : nodes) {
      n.countBefore = n.server.carries() ? n.count : n.domain.managed();
      n.churnBefore = n.churn;
      if (!n.server.carries()) {
        n.churnBefore = n.domain.members.stream().mapToDouble(m -> m.churn).sum();
      }
    }
  }

  /** A warning for each group whose machines replicate through more than one server now. */
  private void splitGroups(java.util.Collection<List<Machine>> groups) {
    Map<String, java.util.TreeSet<String>> serversOf = new TreeMap<>();
    for (List<Machine> g : groups) {
      String group = g.get(0).group();
      String on = deployment.serverOf().get(g.get(0).name());
      if (group != null && on != null) {
        serversOf.computeIfAbsent(group, k -> new java.util.TreeSet<>()).add(on);
      }
    }
    serversOf.forEach(
        (group, servers) -> {
          if (servers.size() > 1) {
            findings.add(
                new Finding(
                    RULE_GROUP_SPLIT,
                    Severity.WARNING,
                    "the machines of group "
                        + group
                        + " replicate through "
                        + String.join(", ", servers)
                        + " now, though a group shares one process server; each part is kept"
                        + " together where it is",
                    ""));
          }
        });
  }

  private static String domainKey(DeployedServer s) {
    return switch (s.role()) {
      case APPLIANCE -> "appliances@" + s.site();
      case CONFIGURATION_SERVER -> "cs@" + s.id();
      case PROCESS_SERVER ->
          s.configurationServer() == null ? "ps@" + s.site() : "cs@" + s.configurationServer();
    };
  }

  private int domainCap(DeployedServer s) {
    boolean managed =
        s.role() == ServerRole.CONFIGURATION_SERVER
            || (s.role() == ServerRole.PROCESS_SERVER && s.configurationServer() != null);
    return managed ? csCap : Integer.MAX_VALUE;
  }

  /** Health, caps and the lower bound on moves. */
  private void assess() {
    for (Node n : nodes) {
      ObservedMetrics observed = deployment.metrics().get(n.id());
      n.health =
          HealthRules.assess(n.server, n.count, n.churn, observed, catalog.healthThresholds());
      if (n.health.state() != HealthState.HEALTHY) {
        findings.add(healthFinding(n));
      }
      if (!n.server.carries()) {
        continue;
      }
      boolean drained = n.change.equals("drained");
      n.capCount = drained ? 0 : n.server.limitMachines();
      n.capChurn = drained ? 0 : n.server.limitChurnGiBPerDay();
      double factor = n.health.churnFactor();
      if (factor < 1 || (Double.isFinite(factor) && n.churn > 0)) {
        // Load follows churn: the churn at which an observed metric reaches its Warning threshold.
        n.capChurn = Math.min(n.capChurn, n.churn * factor);
      }
      n.receives =
          !drained
              && n.health.state() != HealthState.CRITICAL
              && !n.overloaded()
              && !n.pinned()
              && !n.server.server().spare();
      if (n.pinned()) {
        findings.add(
            new Finding(
                RULE_NOT_PROTECTABLE,
                Severity.ERROR,
                n.id()
                    + " replicates "
                    + OperateText.names(
                        n.units.stream()
                            .filter(u -> u.pinned)
                            .flatMap(u -> u.machines.stream())
                            .map(Machine::name)
                            .toList())
                    + ", which no tier carries within its limits; it stays there, counts in"
                    + " its load, and no move brings "
                    + n.id()
                    + " within its limits",
                ""));
        if (drained) {
          lowerBound += n.units.stream().filter(u -> !u.pinned).mapToInt(u -> u.count).sum();
        }
        continue;
      }
      List<Machine> machines = new ArrayList<>();
      n.units.forEach(u -> machines.addAll(u.machines));
      lowerBound += ShedChoice.fewestMachines(machines, n.capCount, n.capChurn);
    }
    for (Domain d : domains.values()) {
      if (d.configurationServer != null && d.managed() > d.capManaged) {
        findings.add(
            new Finding(
                RULE_CS_LIMIT,
                Severity.ERROR,
                d.configurationServer.id()
                    + " manages "
                    + d.managed()
                    + " machines, above the "
                    + d.capManaged
                    + " one configuration server manages; Load balance and Switch move machines"
                    + " only between process servers of one configuration server, so "
                    + (d.managed() - d.capManaged)
                    + " machine(s) must be protected again under another configuration server",
                catalog.managementServer() == null
                    ? ""
                    : catalog.cite(catalog.managementServer().source())));
      }
    }
  }

  private Finding healthFinding(Node n) {
    HealthState state = n.health.state();
    return new Finding(
        RULE_HEALTH,
        state == HealthState.CRITICAL ? Severity.ERROR : Severity.WARNING,
        n.id()
            + " is "
            + state.name().charAt(0)
            + state.name().substring(1).toLowerCase(java.util.Locale.ROOT)
            + ": "
            + String.join("; ", n.health.reasons())
            + (state == HealthState.CRITICAL && n.server.carries()
                ? "; a Critical process server is not chosen for machines"
                : ""),
        OperateText.MONITOR_PROCESS_SERVER);
  }

  // ---- one configuration server ---------------------------------------------------------

  private void rebalance(Domain d) {
    List<Unit> pool = new ArrayList<>();
    for (Node n : d.members) {
      if (n.pinned() && n.change.equals("drained")) {
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
    if (!pool.isEmpty()) {
      pool.sort(Unit.LARGEST_FIRST);
      List<Node> receivers = d.members.stream().filter(n -> n.receives).toList();
      List<Unit> left = Placement.place(pool, receivers);
      if (!left.isEmpty() && !Placement.makeRoom(left, receivers)) {
        openServers(d, left, "did not fit the room left on the servers of " + describe(d));
      }
    }
    d.members.stream()
        .filter(n -> n.change.equals("drained"))
        .toList()
        .forEach(this::gatherForSwitch);
  }

  /**
   * Puts all of a drained server's machines on one of the servers that took some, when that one
   * holds them all: the same moves, but one Switch in the portal instead of several Load balances.
   * Added servers are tried first, as they have the room.
   */
  private void gatherForSwitch(Node drained) {
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
        Comparator.comparing((Node n) -> !n.change.equals("added")).thenComparing(Node::id));
    for (Node t : targets) {
      int count = t.count;
      double churn = t.churn;
      List<Unit> elsewhere = new ArrayList<>();
      for (Node o : targets) {
        if (o != t) {
          o.units.stream().filter(u -> u.origin == drained).forEach(elsewhere::add);
        }
      }
      for (Unit u : elsewhere) {
        count += u.count;
        churn += u.churn;
      }
      if (count <= t.capCount && Limits.withinChurn(churn, t.capChurn)) {
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

  private void placeNewMachines() {
    if (newUnits.isEmpty()) {
      return;
    }
    List<Node> receivers = new ArrayList<>();
    for (Domain d : domains.values()) {
      d.members.stream().filter(n -> n.receives).forEach(receivers::add);
    }
    List<Unit> left = Placement.placeNew(newUnits, receivers);
    Map<String, List<Unit>> bySite = new TreeMap<>();
    left.forEach(u -> bySite.computeIfAbsent(u.site, k -> new ArrayList<>()).add(u));
    for (Map.Entry<String, List<Unit>> e : bySite.entrySet()) {
      openForNewMachines(e.getKey(), e.getValue());
    }
  }

  /** New machines that fit no server: onto added servers where a configuration server has room. */
  private void openForNewMachines(String site, List<Unit> units) {
    String why = "are new and fit no server on site " + site;
    if (!catalog.hasScaleOutProcessServers()) {
      Domain d =
          domains.computeIfAbsent("appliances@" + site, k -> new Domain(k, Integer.MAX_VALUE));
      openServers(d, units, why);
      return;
    }
    List<Domain> withRoom =
        domains.values().stream()
            .filter(d -> d.configurationServer != null || d.key.startsWith("ps@"))
            .filter(
                d ->
                    d.members.stream().anyMatch(n -> n.site().equals(site))
                        || (d.members.isEmpty()
                            && d.configurationServer != null
                            && d.configurationServer.site().equals(site)))
            .sorted(
                Comparator.comparingInt((Domain d) -> d.managed() - d.capManaged)
                    .thenComparing(d -> d.key))
            .toList();
    // Where the configuration servers there have room for them, in chunks; the rest under new
    // configuration servers. Chunks of at most one tier's machines are tried too (a room of 100
    // is better filled with 85 than with 100 when a small server holds 85). Each layout is costed
    // before anything is added, and compared with a fresh plan.
    Layout layout = null;
    List<Integer> chunkLimits = new ArrayList<>();
    chunkLimits.add(Integer.MAX_VALUE);
    scaleOutTiers.stream()
        .map(t -> Limits.machineLimit(t.maxMachines(), options.usableFraction()))
        .distinct()
        .sorted()
        .forEach(chunkLimits::add);
    for (int limit : chunkLimits) {
      Layout l = layout(units, withRoom, limit);
      if (layout == null || l.vcpus() < layout.vcpus()) {
        layout = l;
      }
    }
    List<List<Unit>> chunks = layout.chunks();
    List<List<Unit>> newGroups = layout.newGroups();
    long chunked = layout.vcpus();
    Plan fresh = freshPlan(units);
    if (fresh != null && fresh.summary().vcpus() < chunked) {
      applyFreshPlan(site, fresh, units, chunked, chunks.stream().anyMatch(c -> !c.isEmpty()));
      return;
    }
    for (int i = 0; i < withRoom.size(); i++) {
      if (!chunks.get(i).isEmpty()) {
        openServers(withRoom.get(i), chunks.get(i), why);
      }
    }
    for (List<Unit> group : newGroups) {
      Domain d = newConfigurationServer(site, true);
      openServers(d, group, why + " and every configuration server there is at its limit");
    }
  }

  /** New machines spread over configuration servers with room, then new ones, and its cost. */
  private record Layout(List<List<Unit>> chunks, List<List<Unit>> newGroups, long vcpus) {}

  private Layout layout(List<Unit> units, List<Domain> withRoom, int chunkLimit) {
    List<List<Unit>> chunks = new ArrayList<>();
    List<Unit> rest = new ArrayList<>(units);
    for (Domain d : withRoom) {
      chunks.add(take(rest, Math.min(chunkLimit, d.capManaged - d.managed())));
    }
    List<List<Unit>> newGroups = new ArrayList<>();
    while (!rest.isEmpty()) {
      newGroups.add(take(rest, csCap));
    }
    long vcpus = newGroups.size() * (long) catalog.managementServer().vcpus();
    for (List<Unit> c : chunks) {
      vcpus += pack(c).stream().mapToLong(o -> o.tier().vcpus()).sum();
    }
    for (List<Unit> c : newGroups) {
      vcpus += pack(c).stream().mapToLong(o -> o.tier().vcpus()).sum();
    }
    return new Layout(chunks, newGroups, vcpus);
  }

  /** Units from the front of {@code rest} that fit in {@code room} machines, taken out of it. */
  private static List<Unit> take(List<Unit> rest, int room) {
    List<Unit> here = new ArrayList<>();
    for (Unit u : new ArrayList<>(rest)) {
      if (u.count <= room) {
        here.add(u);
        room -= u.count;
        rest.remove(u);
      }
    }
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
                  options.headroomPercent(),
                  Preference.VCPUS,
                  options.configurationServerMachineLimit()));
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
      Domain d = newConfigurationServer(site, false);
      domainOf.put(cs.id(), d);
      Node n = d.configurationServer;
      ids.add(n.id());
      if (cs.replicates()) {
        Tier tier = tierNamed(catalog.configurationServerTiers(), cs.tier());
        Node r = replicatingConfigurationServer(n, tier);
        place(cs, r, unitOf);
      }
    }
    for (PlannedServer ps : plan.processServers()) {
      Domain d = domainOf.get(ps.configurationServer());
      Node n = addServer(d, site, tierNamed(scaleOutTiers, ps.tier()));
      ids.add(n.id());
      place(ps, n, unitOf);
    }
    int count = units.stream().mapToInt(u -> u.count).sum();
    findings.add(
        new Finding(
            RULE_ADDED,
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

  private static void place(PlannedServer planned, Node n, Map<String, Unit> unitOf) {
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

  /** {@code cs}, a new configuration server, as one whose built-in process server replicates. */
  private Node replicatingConfigurationServer(Node cs, Tier tier) {
    Domain d = cs.domain;
    nodes.remove(cs);
    added.remove(cs);
    DeployedServer s =
        new DeployedServer(
            cs.id(),
            ServerRole.CONFIGURATION_SERVER,
            cs.site(),
            null,
            tier.name(),
            tier.vcpus(),
            tier.memoryGiB(),
            tier.cacheDiskGiB(),
            true,
            List.of());
    Node n = attach(d, s);
    d.configurationServer = n;
    return n;
  }

  /** A new managing configuration server; {@code announce} adds the finding that says why. */
  private Domain newConfigurationServer(String site, boolean announce) {
    String id = nextId("cs-new-");
    var m = catalog.managementServer();
    DeployedServer s =
        new DeployedServer(
            id,
            ServerRole.CONFIGURATION_SERVER,
            site,
            null,
            "management",
            m.vcpus(),
            m.memoryGiB(),
            m.cacheDiskGiB(),
            false,
            List.of());
    Domain d = new Domain("cs@" + id, csCap);
    domains.put(d.key, d);
    Node n = newNode(s, d, "added");
    d.configurationServer = n;
    nodes.add(n);
    added.add(n);
    if (!announce) {
      return d;
    }
    findings.add(
        new Finding(
            RULE_ADDED,
            Severity.WARNING,
            "added configuration server "
                + id
                + " (management: "
                + m.vcpus()
                + " vCPU, "
                + m.memoryGiB()
                + " GiB memory, "
                + m.cacheDiskGiB()
                + " GiB cache disk) on site "
                + site
                + ": the configuration servers there manage "
                + csCap
                + " machines each already",
            catalog.cite(m.source())));
    return d;
  }

  /**
   * Adds the cheapest servers that hold {@code units} to domain {@code d}: one server of the
   * cheapest tier that holds all that is left, or else the largest tier filled first.
   */
  /** A server to add and what it carries. */
  private record Opened(Tier tier, List<Unit> units) {}

  /**
   * The servers that hold {@code units} (one site): one of the cheapest tier that holds all that is
   * left, or else the largest tier filled first; each then the cheapest tier that holds it.
   */
  private List<Opened> pack(List<Unit> units) {
    List<Opened> out = new ArrayList<>();
    List<Unit> rest = new ArrayList<>(units);
    rest.sort(Unit.LARGEST_FIRST);
    double usable = options.usableFraction();
    while (!rest.isEmpty()) {
      int count = rest.stream().mapToInt(u -> u.count).sum();
      double churn = rest.stream().mapToDouble(u -> u.churn).sum();
      Tier t = cheapestHolding(count, churn);
      Tier tier = t == null ? largestTier() : t;
      Limits limits = Limits.ofUsable(tier, usable);
      int cap = limits.machines();
      double capChurn = limits.churnGiBPerDay();
      List<Unit> here = new ArrayList<>();
      int c = 0;
      double w = 0;
      for (Unit u : new ArrayList<>(rest)) {
        if (c + u.count <= cap && Limits.withinChurn(w + u.churn, capChurn)) {
          here.add(u);
          c += u.count;
          w += u.churn;
          rest.remove(u);
        }
      }
      if (here.isEmpty()) {
        throw new IllegalStateException("unit " + rest.get(0).key + " fits no tier");
      }
      Tier fitted = cheapestHolding(c, w);
      out.add(new Opened(fitted == null ? tier : fitted, here));
    }
    return out;
  }

  /** Adds the servers {@link #pack} chooses for {@code units} to domain {@code d}. */
  private void openServers(Domain d, List<Unit> units, String why) {
    Map<String, List<Unit>> bySite = new TreeMap<>();
    units.forEach(u -> bySite.computeIfAbsent(u.site, k -> new ArrayList<>()).add(u));
    for (Map.Entry<String, List<Unit>> e : bySite.entrySet()) {
      for (Opened o : pack(e.getValue())) {
        Node n = addServer(d, e.getKey(), o.tier());
        o.units().forEach(n::add);
        findings.add(
            new Finding(
                RULE_ADDED,
                Severity.WARNING,
                "added "
                    + n.id()
                    + " ("
                    + DrainSteps.hardware(n.server)
                    + ") on site "
                    + n.site()
                    + (d.configurationServer == null
                        ? ""
                        : ", registered to " + d.configurationServer.id())
                    + ": "
                    + n.count
                    + " machine(s) with "
                    + Units.churn(n.churn)
                    + " "
                    + why
                    + "; "
                    + n.server.tierName()
                    + " is the cheapest tier that holds them",
                catalog.cite(n.server.tier().source())));
      }
    }
  }

  private Node addServer(Domain d, String site, Tier tier) {
    boolean appliance = !catalog.hasScaleOutProcessServers();
    String id = nextId(appliance ? "appliance-new-" : "ps-new-");
    return attach(d, server(id, site, d, tier, appliance));
  }

  private DeployedServer server(String id, String site, Domain d, Tier tier, boolean appliance) {
    return new DeployedServer(
        id,
        appliance ? ServerRole.APPLIANCE : ServerRole.PROCESS_SERVER,
        site,
        appliance || d.configurationServer == null ? null : d.configurationServer.id(),
        tier.name(),
        tier.vcpus(),
        tier.memoryGiB(),
        tier.cacheDiskGiB(),
        true,
        List.of());
  }

  /** A server that is not there yet: healthy, held to its tier's limits less the headroom. */
  private Node newNode(DeployedServer s, Domain d, String change) {
    Node n =
        new Node(ResolvedServer.resolve(s, catalog, options.usableFraction(), WHAT), d, change);
    n.health = new ServerHealth(HealthState.HEALTHY, List.of(), Double.POSITIVE_INFINITY);
    n.capCount = n.server.limitMachines();
    n.capChurn = n.server.limitChurnGiBPerDay();
    return n;
  }

  private Node attach(Domain d, DeployedServer s) {
    Node n = newNode(s, d, "added");
    n.receives = true;
    d.members.add(n);
    nodes.add(n);
    added.add(n);
    return n;
  }

  /**
   * An empty server of {@code tier} beside {@code like}, for the failure check; not attached. Its
   * id is one no server has and no spare in {@code taken}.
   */
  private Node spareNode(Node like, Tier tier, java.util.Set<String> taken) {
    boolean appliance = !catalog.hasScaleOutProcessServers();
    String prefix = appliance ? "appliance-spare-" : "ps-spare-";
    int i = 1;
    while (ids.contains(prefix + i) || taken.contains(prefix + i)) {
      i++;
    }
    String id = prefix + i;
    return newNode(server(id, like.site(), like.domain, tier, appliance), like.domain, "spare");
  }

  private Tier cheapestHolding(int count, double churn) {
    double usable = options.usableFraction();
    return scaleOutTiers.stream()
        .filter(t -> Limits.ofUsable(t, usable).holds(count, churn))
        .min(Tiers.CHEAPEST)
        .orElse(null);
  }

  private Tier largestTier() {
    return scaleOutTiers.stream()
        .max(
            Comparator.comparingDouble(Tier::maxChurnGiBPerDay).thenComparingInt(Tier::maxMachines))
        .orElseThrow();
  }

  private static String describe(Domain d) {
    return d.configurationServer != null ? d.configurationServer.id() : "the site";
  }

  // ---- read by Reports and SpareCheck ---------------------------------------------------

  List<Node> nodes() {
    return nodes;
  }

  List<Unit> newUnits() {
    return newUnits;
  }

  java.util.Collection<Domain> domains() {
    return domains.values();
  }

  List<Unplaced> unplaced() {
    return unplaced;
  }

  List<Finding> findings() {
    return findings;
  }

  int lowerBound() {
    return lowerBound;
  }

  Catalog catalog() {
    return catalog;
  }

  OperateOptions options() {
    return options;
  }

  CurrentDeployment deployment() {
    return deployment;
  }

  int csLimit() {
    return csLimit;
  }
}
