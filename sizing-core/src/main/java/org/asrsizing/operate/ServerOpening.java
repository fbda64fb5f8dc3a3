package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/**
 * Adds servers to the working state: process servers (or appliances) for machines that fit no
 * server there, new configuration servers, and the empty spares of the failure check.
 */
final class ServerOpening {

  /** A server to add and what it carries. */
  record Opened(Tier tier, List<Unit> units) {}

  private final WorkingState state;
  private final Catalog catalog;

  ServerOpening(WorkingState state) {
    this.state = state;
    this.catalog = state.catalog;
  }

  /**
   * The servers that hold {@code units} (one site): one of the cheapest tier that holds all that is
   * left, or else the largest tier filled first; each then the cheapest tier that holds it.
   */
  List<Opened> pack(List<Unit> units) {
    List<Opened> out = new ArrayList<>();
    List<Unit> rest = new ArrayList<>(units);
    rest.sort(Unit.LARGEST_FIRST);
    while (!rest.isEmpty()) {
      int count = rest.stream().mapToInt(u -> u.count).sum();
      double churn = rest.stream().mapToDouble(u -> u.churn).sum();
      Tier t = state.cheapestHolding(count, churn);
      Tier tier = t == null ? state.largestTier() : t;
      List<Unit> here = fill(rest, Limits.ofUsable(tier, state.usable()));
      if (here.isEmpty()) {
        throw new IllegalStateException("unit " + rest.get(0).key + " fits no tier");
      }
      int c = here.stream().mapToInt(u -> u.count).sum();
      double w = 0;
      for (Unit u : here) {
        w += u.churn;
      }
      Tier fitted = state.cheapestHolding(c, w);
      out.add(new Opened(fitted == null ? tier : fitted, here));
    }
    return out;
  }

  /**
   * The units of {@code rest}, in order, that one server within {@code limits} holds, taken out.
   */
  private static List<Unit> fill(List<Unit> rest, Limits limits) {
    List<Unit> here = new ArrayList<>();
    int c = 0;
    double w = 0;
    for (Unit u : new ArrayList<>(rest)) {
      if (limits.holds(c + u.count, w + u.churn)) {
        here.add(u);
        c += u.count;
        w += u.churn;
        rest.remove(u);
      }
    }
    return here;
  }

  /** Adds the servers {@link #pack} chooses for {@code units} to domain {@code d}. */
  void openServers(Domain d, List<Unit> units, String why) {
    Map<String, List<Unit>> bySite = new TreeMap<>();
    units.forEach(u -> bySite.computeIfAbsent(u.site, k -> new ArrayList<>()).add(u));
    for (Map.Entry<String, List<Unit>> e : bySite.entrySet()) {
      for (Opened o : pack(e.getValue())) {
        Node n = addServer(d, e.getKey(), o.tier());
        o.units().forEach(n::add);
        state.findings.add(addedFinding(d, n, why));
      }
    }
  }

  private Finding addedFinding(Domain d, Node n, String why) {
    return new Finding(
        Rule.REBALANCE_ADDED_SERVER,
        Severity.WARNING,
        "added "
            + n.id()
            + " ("
            + DrainSteps.hardware(n.server)
            + ") on site "
            + n.site()
            + (d.configurationServer == null ? "" : ", registered to " + d.configurationServer.id())
            + ": "
            + n.count
            + " machine(s) with "
            + Units.churn(n.churn)
            + " "
            + why
            + "; "
            + n.server.tierName()
            + " is the cheapest tier that holds them",
        catalog.cite(n.server.tier().source()));
  }

  Node addServer(Domain d, String site, Tier tier) {
    boolean appliance = !catalog.hasScaleOutProcessServers();
    String id = state.nextId(appliance ? "appliance-new-" : "ps-new-");
    return attach(d, server(id, site, d, tier, appliance));
  }

  private static DeployedServer server(
      String id, String site, Domain d, Tier tier, boolean appliance) {
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
  private Node newNode(DeployedServer s, Domain d, ServerChange change) {
    Node n =
        new Node(ResolvedServer.resolve(s, catalog, state.usable(), WorkingState.WHAT), d, change);
    n.health = new ServerHealth(HealthState.HEALTHY, List.of(), Double.POSITIVE_INFINITY);
    n.capCount = n.server.limitMachines();
    n.capChurn = n.server.limitChurnGiBPerDay();
    return n;
  }

  private Node attach(Domain d, DeployedServer s) {
    Node n = newNode(s, d, ServerChange.ADDED);
    n.receives = true;
    d.members.add(n);
    state.nodes.add(n);
    return n;
  }

  /** {@code cs}, a new configuration server, as one whose built-in process server replicates. */
  Node replicatingConfigurationServer(Node cs, Tier tier) {
    Domain d = cs.domain;
    state.nodes.remove(cs);
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
  Domain newConfigurationServer(String site, boolean announce) {
    String id = state.nextId("cs-new-");
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
    Domain d = new Domain("cs@" + id, state.csCap);
    state.domains.put(d.key, d);
    Node n = newNode(s, d, ServerChange.ADDED);
    d.configurationServer = n;
    state.nodes.add(n);
    if (announce) {
      state.findings.add(
          new Finding(
              Rule.REBALANCE_ADDED_SERVER,
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
                  + state.csCap
                  + " machines each already",
              catalog.cite(m.source())));
    }
    return d;
  }

  /**
   * An empty server of {@code tier} beside {@code like}, for the failure check; not attached. Its
   * id is one no server has and no spare in {@code taken}.
   */
  Node spareNode(Node like, Tier tier, Set<String> taken) {
    boolean appliance = !catalog.hasScaleOutProcessServers();
    String prefix = appliance ? "appliance-spare-" : "ps-spare-";
    int i = 1;
    while (state.idTaken(prefix + i) || taken.contains(prefix + i)) {
      i++;
    }
    String id = prefix + i;
    return newNode(
        server(id, like.site(), like.domain, tier, appliance), like.domain, ServerChange.SPARE);
  }
}
