package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.ServerRole;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.Rebalancer;
import org.asrsizing.operate.SavedDeployment;
import org.asrsizing.operate.ServerReport;

/**
 * A deployment growing month by month as bought: each month starts from the servers of the month
 * before and changes them as little as the operate engine can (servers are never removed or made
 * smaller; machines move only when a limit would be exceeded). When the month needs more room,
 * adding servers is weighed against resizing servers already bought, one resize at a time while
 * that makes the month cheaper, and the {@link PathChange} decides.
 */
final class GrowthPath {

  /** The tier name of a configuration server that only manages, as plans and reports write it. */
  private static final String MANAGEMENT = "management";

  /** Utilisation of its limit from which a server counts as full, percent. */
  static final int FULL_PERCENT = 90;

  /**
   * A month of the path: the change taken, the one adding servers only, to compare, and the best
   * single resize weighed when adding won ({@code null} when none was weighed or a resize won).
   */
  record Step(PathCandidate taken, PathCandidate addOnly, PathCandidate resizeNotTaken) {}

  /** Servers weighed for a resize per round, the fullest first. */
  static final int RESIZE_SERVERS = 6;

  /** Servers tried for retirement per round, the fewest machines first. */
  static final int RETIRE_TRIES = 8;

  private final Catalog catalog;
  private final OperateOptions options;
  private final PathChange change;
  private final boolean allowRetire;

  GrowthPath(Catalog catalog, OperateOptions options, PathChange change, boolean allowRetire) {
    this.catalog = catalog;
    this.options = options;
    this.change = change;
    this.allowRetire = allowRetire;
  }

  /**
   * Month 0: the plan as built, with every machine of {@code machines}, the workload it was made
   * for, so that machines the plan could not place stay listed. The engine checks it (it moves
   * nothing in a fresh plan).
   */
  Step start(Plan plan, List<Machine> machines) {
    CurrentDeployment built = CurrentDeployment.of(plan);
    CurrentDeployment d =
        new CurrentDeployment(
            built.servers(),
            machines,
            built.serverOf(),
            built.metrics(),
            built.catalogId(),
            built.headroomPercent(),
            built.configurationServerMachineLimit(),
            built.findings());
    PathCandidate c =
        new PathCandidate(d, List.of(), Rebalancer.run(d, catalog, options), List.of());
    return new Step(c, c, null);
  }

  /**
   * The month after {@code before}, with the fleet grown to {@code machines}; {@code afresh} is the
   * month planned from scratch, which says on which sites the workload has passed the scale-out
   * thresholds.
   */
  Step next(SavedDeployment before, List<Machine> machines, Plan afresh) {
    List<ServerResize> stopped = new ArrayList<>();
    CurrentDeployment d = scaledOut(before.running(machines), afresh, stopped);
    PathCandidate addOnly =
        new PathCandidate(d, stopped, Rebalancer.run(d, catalog, options), List.of());
    if (change == PathChange.ADD) {
      return new Step(retired(addOnly), addOnly, null);
    }
    PathCandidate[] bestTried = new PathCandidate[1];
    PathCandidate best = withResizes(addOnly, bestTried);
    boolean resized = best.resizes().size() > stopped.size();
    return new Step(retired(best), addOnly, resized ? null : bestTried[0]);
  }

  /**
   * With retirement allowed, {@code c} with process servers (or appliances) drained and retired
   * while that gives a change {@link PathChange} prefers: each round tries the {@value
   * #RETIRE_TRIES} servers carrying the fewest machines and keeps the first that helps. Without,
   * {@code c} as it is.
   */
  private PathCandidate retired(PathCandidate c) {
    if (!allowRetire) {
      return c;
    }
    Comparator<PathCandidate> order = change.order();
    Set<String> gone = new java.util.TreeSet<>();
    PathCandidate current = c;
    // Every round retires one more server of finitely many, so the loop ends.
    while (true) {
      PathCandidate from = current;
      // Servers bought before this month that carry machines: a drain needs machines to move.
      Set<String> bought = new HashSet<>();
      from.start().servers().stream()
          .filter(d -> d.role() != ServerRole.CONFIGURATION_SERVER && !d.spare())
          .filter(d -> !d.assignedMachines().isEmpty())
          .forEach(d -> bought.add(d.id()));
      List<String> ids =
          from.servers().stream()
              .filter(r -> bought.contains(r.id()) && !gone.contains(r.id()))
              .sorted(
                  Comparator.comparingInt(ServerReport::machinesAfter)
                      .thenComparing(ServerReport::id))
              .limit(RETIRE_TRIES)
              .map(ServerReport::id)
              .toList();
      PathCandidate better =
          ids.parallelStream()
              .map(id -> drained(from, gone, id))
              .filter(t -> order.compare(t, from) < 0)
              .sorted(order)
              .findFirst()
              .orElse(null);
      if (better == null) {
        return current;
      }
      gone.addAll(better.retiredIds());
      current = better;
    }
  }

  /** {@code from}'s month with the servers {@code gone} and {@code id} drained and retired. */
  private PathCandidate drained(PathCandidate from, Set<String> gone, String id) {
    Set<String> drain = new java.util.TreeSet<>(gone);
    drain.add(id);
    OperateOptions o =
        new OperateOptions(
            options.headroomPercent(),
            options.configurationServerMachineLimit(),
            drain,
            options.spare(),
            org.asrsizing.operate.OperateMode.DRAIN,
            options.failoverHeadroomPercent());
    return new PathCandidate(
        from.start(), from.resizes(), Rebalancer.run(from.start(), catalog, o), from.applied());
  }

  /**
   * Resizes servers while that gives a change {@link PathChange} prefers. Each round weighs every
   * single resize of a server of a domain that grew, then all the resizes that helped on their own
   * taken together (domains grow independently, so they usually help together too), and keeps the
   * better of the best single one and the lot.
   */
  private PathCandidate withResizes(PathCandidate addOnly, PathCandidate[] bestTried) {
    Comparator<PathCandidate> order = change.order();
    PathCandidate current = addOnly;
    // Every round resizes at least one more server to a larger tier, and a deployment has
    // finitely many larger tiers to take, so the loop ends.
    while (current.serversAdded() > 0) {
      PathCandidate from = current;
      // Each option is worked out on its own; in parallel, and then sorted, so the result is the
      // same on any number of cores.
      List<PathCandidate> tried =
          resizeOptions(from).parallelStream()
              .map(o -> candidate(from, List.of(o)))
              .sorted(order)
              .toList();
      if (from == addOnly && !tried.isEmpty()) {
        bestTried[0] = tried.get(0);
      }
      List<PathCandidate> helping = tried.stream().filter(c -> order.compare(c, from) < 0).toList();
      if (helping.isEmpty()) {
        break;
      }
      current = helping.get(0);
      if (helping.size() > 1) {
        List<Resize> together = new ArrayList<>();
        Set<String> servers = new HashSet<>();
        for (PathCandidate c : helping) {
          Resize last = c.lastResize();
          if (servers.add(last.server().id())) {
            together.add(last);
          }
        }
        PathCandidate all = candidate(from, together);
        if (order.compare(all, current) < 0) {
          current = all;
        }
      }
    }
    return current;
  }

  /** A server of a domain that grew and a larger tier of its role. */
  record Resize(DeployedServer server, Tier from, Tier to) {}

  /**
   * The {@value #RESIZE_SERVERS} fullest servers of the domains that grew, with each larger tier
   * they could take. Only a full server can take more when it is larger: one that was over its
   * limit when the month began, or that ends the change within {@value #FULL_PERCENT} % of its
   * limit. Each option costs a run of the engine over the whole deployment, so a round weighs a
   * few; the next round weighs the next few.
   */
  private List<Resize> resizeOptions(PathCandidate from) {
    Set<String> grown = grownDomains(from.change());
    Map<String, Double> full = new LinkedHashMap<>();
    for (ServerReport r : from.servers()) {
      if (r.utilisationBeforePercent() > 100 || r.utilisationAfterPercent() >= FULL_PERCENT) {
        full.put(r.id(), Math.max(r.utilisationBeforePercent(), r.utilisationAfterPercent()));
      }
    }
    List<DeployedServer> candidates =
        from.start().servers().stream()
            .filter(s -> tier(s) != null && !s.spare() && carries(s))
            .filter(s -> grown.contains(domain(s)) && full.containsKey(s.id()))
            .sorted(
                Comparator.comparingDouble((DeployedServer s) -> -full.get(s.id()))
                    .thenComparing(DeployedServer::id))
            .limit(RESIZE_SERVERS)
            .toList();
    List<Resize> out = new ArrayList<>();
    for (DeployedServer s : candidates) {
      Tier tier = tier(s);
      larger(s.role(), tier).forEach(t -> out.add(new Resize(s, tier, t)));
    }
    return out;
  }

  /** {@code from} with {@code resizes} applied and the change worked out again. */
  private PathCandidate candidate(PathCandidate from, List<Resize> resizes) {
    CurrentDeployment d = from.start();
    List<ServerResize> done = new ArrayList<>(from.resizes());
    for (Resize r : resizes) {
      DeployedServer s = r.server();
      d = withTier(d, s, r.to());
      done.add(
          new ServerResize(
              s.id(),
              r.from().name(),
              r.to().name(),
              Math.max(0, r.to().vcpus() - s.vcpus()),
              Math.max(0, r.to().memoryGiB() - s.memoryGiB()),
              Math.max(0, r.to().cacheDiskGiB() - s.cacheDiskGiB()),
              false,
              0));
    }
    return new PathCandidate(d, done, Rebalancer.run(d, catalog, options), resizes);
  }

  /**
   * {@code d} with every replicating configuration server of a site past the scale-out thresholds
   * made one that only manages: a large deployment does not use the built-in process server
   * (vmware-physical-large-deployment.md, 2019), so its machines become new ones for the scale-out
   * process servers, and it is rebuilt to the management server's hardware where it has less.
   */
  private CurrentDeployment scaledOut(
      CurrentDeployment d, Plan afresh, List<ServerResize> stopped) {
    ManagementServer m = catalog.managementServer();
    if (m == null) {
      return d;
    }
    Set<String> sites = new HashSet<>();
    afresh.configurationServers().stream()
        .filter(s -> !s.replicates())
        .forEach(s -> sites.add(s.site()));
    List<DeployedServer> servers = new ArrayList<>();
    // Copied only when a server stops replicating: most months none does.
    Map<String, String> serverOf = null;
    for (DeployedServer s : d.servers()) {
      if (s.role() != ServerRole.CONFIGURATION_SERVER
          || !s.replicates()
          || !sites.contains(s.site())) {
        servers.add(s);
        continue;
      }
      if (serverOf == null) {
        serverOf = new LinkedHashMap<>(d.serverOf());
      }
      s.assignedMachines().forEach(serverOf::remove);
      stopped.add(
          new ServerResize(
              s.id(),
              s.tier(),
              MANAGEMENT,
              Math.max(0, m.vcpus() - s.vcpus()),
              Math.max(0, m.memoryGiB() - s.memoryGiB()),
              Math.max(0, m.cacheDiskGiB() - s.cacheDiskGiB()),
              true,
              s.assignedMachines().size()));
      servers.add(
          new DeployedServer(
              s.id(),
              s.role(),
              s.site(),
              s.configurationServer(),
              MANAGEMENT,
              Math.max(s.vcpus(), m.vcpus()),
              Math.max(s.memoryGiB(), m.memoryGiB()),
              Math.max(s.cacheDiskGiB(), m.cacheDiskGiB()),
              false,
              List.of(),
              s.spare()));
    }
    return stopped.isEmpty() ? d : with(d, servers, serverOf);
  }

  /** Where servers were added: the configuration server a process server registers to, or site. */
  private static Set<String> grownDomains(Rebalance r) {
    Set<String> out = new HashSet<>();
    for (ServerReport s : r.servers()) {
      if ("added".equals(s.change())) {
        out.add(
            s.role() == ServerRole.PROCESS_SERVER && s.configurationServer() != null
                ? s.configurationServer()
                : "site " + s.site());
      }
    }
    return out;
  }

  private static String domain(DeployedServer s) {
    if (s.role() == ServerRole.PROCESS_SERVER && s.configurationServer() != null) {
      return s.configurationServer();
    }
    return s.role() == ServerRole.CONFIGURATION_SERVER ? s.id() : "site " + s.site();
  }

  private static boolean carries(DeployedServer s) {
    return s.role() == ServerRole.PROCESS_SERVER || s.replicates();
  }

  private Tier tier(DeployedServer s) {
    return tiers(s.role()).stream().filter(t -> t.name().equals(s.tier())).findFirst().orElse(null);
  }

  /** Tiers of the role that hold at least what {@code tier} holds, fewest vCPUs first. */
  private List<Tier> larger(ServerRole role, Tier tier) {
    return tiers(role).stream()
        .filter(t -> t != tier)
        .filter(
            t ->
                t.maxMachines() >= tier.maxMachines()
                    && t.maxChurnGiBPerDay() >= tier.maxChurnGiBPerDay())
        .sorted(Comparator.comparingInt(Tier::vcpus).thenComparing(Tier::name))
        .toList();
  }

  private List<Tier> tiers(ServerRole role) {
    return role == ServerRole.PROCESS_SERVER
        ? catalog.processServerTiers()
        : catalog.configurationServerTiers();
  }

  /** {@code d} with {@code s} rebuilt to {@code tier}; it keeps what it has beyond the tier. */
  private static CurrentDeployment withTier(CurrentDeployment d, DeployedServer s, Tier tier) {
    List<DeployedServer> servers = new ArrayList<>();
    for (DeployedServer o : d.servers()) {
      servers.add(
          !o.id().equals(s.id())
              ? o
              : new DeployedServer(
                  o.id(),
                  o.role(),
                  o.site(),
                  o.configurationServer(),
                  tier.name(),
                  Math.max(o.vcpus(), tier.vcpus()),
                  Math.max(o.memoryGiB(), tier.memoryGiB()),
                  Math.max(o.cacheDiskGiB(), tier.cacheDiskGiB()),
                  o.replicates(),
                  o.assignedMachines(),
                  o.spare()));
    }
    return with(d, servers, d.serverOf());
  }

  private static CurrentDeployment with(
      CurrentDeployment d, List<DeployedServer> servers, Map<String, String> serverOf) {
    return new CurrentDeployment(
        servers,
        d.machines(),
        serverOf,
        d.metrics(),
        d.catalogId(),
        d.headroomPercent(),
        d.configurationServerMachineLimit(),
        d.findings());
  }
}
