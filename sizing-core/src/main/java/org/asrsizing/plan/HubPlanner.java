package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;

/**
 * The hub topology: the hub's configuration servers manage the process servers of every site, and
 * each branch has scale-out process servers on its own LAN only. A machine never uses a process
 * server of another site. The scale-out thresholds and the configuration servers' machine limit
 * count every machine the hub manages, at every site.
 */
final class HubPlanner {

  /** The documents' pattern (a process server registers to a configuration server by its IP). */
  static final String SOURCE_ID = "scale-out-ps-2017";

  private final Catalog catalog;
  private final PlanOptions options;
  private final Preference preference;
  private final Map<String, List<Bin>> packings;
  private final Map<String, SitePlanner.Shared> shared;
  private final boolean several;

  HubPlanner(
      Catalog catalog,
      PlanOptions options,
      Preference preference,
      Map<String, List<Bin>> packings,
      Map<String, SitePlanner.Shared> shared,
      int sites) {
    this.catalog = catalog;
    this.options = options;
    this.preference = preference;
    this.packings = packings;
    this.shared = shared;
    this.several = sites > 1;
  }

  /**
   * The outcomes of every site, the hub's first: the hub's outcome holds every server; a branch's
   * holds its machines, what cannot be protected, its findings and its process servers' bound.
   */
  List<SiteOutcome> plan(Map<String, List<Machine>> sites) {
    String hub = options.hub();
    SitePlanner hubPlanner = planner(hub);
    SiteOutcome hubServers = hubPlanner.processServersOnly(hub, sites.get(hub));
    List<SiteOutcome> branches = new ArrayList<>();
    sites.forEach(
        (site, machines) -> {
          if (!site.equals(hub)) {
            branches.add(planner(site).processServersOnly(site, machines));
          }
        });
    int managed = placed(hubServers);
    double churn = churn(hubServers);
    for (SiteOutcome b : branches) {
      managed += placed(b);
      churn += churn(b);
    }
    List<Bin> branchBins = new ArrayList<>();
    Map<Bin, SiteOutcome> binSites = new IdentityHashMap<>();
    for (SiteOutcome b : branches) {
      for (Bin bin : bins(b)) {
        branchBins.add(bin);
        binSites.put(bin, b);
      }
    }
    SiteOutcome hubOutcome;
    if (managed == 0) {
      hubOutcome = hubServers;
    } else if (!hubPlanner.beyondThresholds(managed, churn) && placed(hubServers) > 0) {
      SiteOutcome builtIn = hubPlanner.builtInManaging(hub, sites.get(hub), managed);
      List<Finding> findings = new ArrayList<>(builtIn.findings());
      findings.add(findings.size() - 1, hubPlanner.scaleOutFinding(managed, churn));
      findings.add(topology(hub, branches, managed, true));
      hubOutcome =
          new SiteOutcome(
              hub,
              builtIn.machines(),
              false,
              builtIn.replicating(),
              List.of(),
              builtIn.unplaced(),
              findings,
              builtIn.lowerBoundVcpus(),
              branchBins,
              binSites);
    } else {
      List<Bin> all = new ArrayList<>(bins(hubServers));
      all.addAll(branchBins);
      List<List<Bin>> groups = ConfigurationServerGroups.of(all, hubPlanner.managementLimit());
      List<Finding> findings = new ArrayList<>(hubServers.findings());
      // Before the hub's own tier finding, when it has one.
      int at = placed(hubServers) > 0 ? findings.size() - 1 : findings.size();
      findings.add(at, hubPlanner.scaleOutFinding(managed, churn));
      findings.add(hubPlanner.countFinding(groups.size(), managed));
      findings.add(topology(hub, branches, managed, false));
      long management =
          (long) catalog.managementServer().vcpus()
              * TierMixSolver.ceilDiv((long) managed, hubPlanner.managementLimit());
      hubOutcome =
          new SiteOutcome(
              hub,
              hubServers.machines(),
              true,
              List.of(),
              groups,
              hubServers.unplaced(),
              findings,
              hubServers.lowerBoundVcpus() + management,
              List.of(),
              binSites);
    }
    List<SiteOutcome> outcomes = new ArrayList<>();
    outcomes.add(hubOutcome);
    for (SiteOutcome b : branches) {
      List<Finding> findings = new ArrayList<>(b.findings());
      findings.add(branch(b, hub));
      outcomes.add(
          new SiteOutcome(
              b.site(),
              b.machines(),
              !bins(b).isEmpty(),
              List.of(),
              List.of(),
              b.unplaced(),
              findings,
              b.lowerBoundVcpus()));
    }
    return outcomes;
  }

  private SitePlanner planner(String site) {
    return new SitePlanner(
        catalog, options, preference, several ? "site " + site + ": " : "", packings, shared);
  }

  private static List<Bin> bins(SiteOutcome o) {
    return o.managedGroups().isEmpty() ? List.of() : o.managedGroups().get(0);
  }

  private static int placed(SiteOutcome o) {
    return bins(o).stream().mapToInt(b -> b.machines).sum();
  }

  private static double churn(SiteOutcome o) {
    return bins(o).stream().mapToDouble(b -> b.churn).sum();
  }

  private Finding topology(String hub, List<SiteOutcome> branches, int managed, boolean builtIn) {
    List<String> names = branches.stream().map(SiteOutcome::site).toList();
    String message =
        "hub topology: the configuration server"
            + (builtIn ? "" : "s")
            + " of site "
            + hub
            + (builtIn ? " manages " : " manage ")
            + managed
            + " machines in all, "
            + (names.isEmpty()
                ? "on the hub alone (no other site)"
                : "the process servers of "
                    + names.size()
                    + (names.size() == 1 ? " branch (" : " branches (")
                    + String.join(", ", names)
                    + ") included")
            + "; the scale-out thresholds and the machine limit count them all"
            + (builtIn
                ? ", so its tier holds " + managed + " machines"
                : ", so the hub's machines are on scale-out process servers as well");
    return new Finding(Rule.HUB_TOPOLOGY, Severity.INFO, message, source());
  }

  private Finding branch(SiteOutcome b, String hub) {
    String message =
        "site "
            + b.site()
            + " is a branch of hub "
            + hub
            + ": its machines replicate through process servers on its own site, registered to"
            + " the hub's configuration server; it has no configuration server of its own";
    return new Finding(Rule.HUB_TOPOLOGY, Severity.INFO, message, source());
  }

  private String source() {
    return "assumption (the documents are silent on a process server on another site than its"
        + " configuration server); registering a process server to a configuration server: "
        + catalog.cite(SOURCE_ID);
  }
}
