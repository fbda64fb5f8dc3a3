package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.ScaleOutThresholds;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Unplaced;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.placement.Limits;

/** Plans one site: which servers, which machine on which server, and why. */
final class SitePlanner {

  private final Catalog catalog;
  private final PlanOptions options;
  private final Preference preference;
  private final List<Capacity> csTiers;
  private final List<Capacity> scaleOutTiers;
  private final int managementLimit;
  private final String prefix;

  /**
   * Packings already made for this workload under the other preference, by site and tier counts.
   * Packing depends on the preference only through which tier is cheapest for one server, which is
   * the same under both preferences when tiers grow in every cost; the planner shares the map only
   * then.
   */
  private final Map<String, List<Bin>> packings;

  private final Map<String, Shared> sharedWork;

  SitePlanner(
      Catalog catalog,
      PlanOptions options,
      Preference preference,
      String sitePrefix,
      Map<String, List<Bin>> packings,
      Map<String, Shared> sharedWork) {
    this.packings = packings;
    this.sharedWork = sharedWork;
    this.catalog = catalog;
    this.options = options;
    this.preference = preference;
    this.csTiers = capacities(catalog.configurationServerTiers(), options.usableFraction());
    this.scaleOutTiers = capacities(catalog.scaleOutTiers(), options.usableFraction());
    ManagementServer m = catalog.managementServer();
    this.managementLimit =
        m == null ? 0 : Math.max(1, Limits.machineLimit(m.maxMachines(), options.usableFraction()));
    this.prefix = sitePrefix;
    this.explain =
        new SiteFindings(catalog, options, preference, sitePrefix, scaleOutTiers, managementLimit);
  }

  static List<Capacity> capacities(List<Tier> tiers, double usable) {
    List<Capacity> list = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      Capacity c = Capacity.of(i, tiers.get(i), usable);
      if (c.maxMachines() < 1) {
        throw new IllegalArgumentException(
            "headroom leaves tier " + tiers.get(i).name() + " room for no machine");
      }
      list.add(c);
    }
    return list;
  }

  /**
   * The part of a site's plan that does not depend on the preference, which both passes share: the
   * items to place (largest first), what cannot be protected, and the lower bound.
   */
  static final class Shared {
    List<Item> items;
    List<Unplaced> unplaced;
    List<Finding> findings;
    Long lowerBound;
    long[] needMachines;
    double[] needChurn;
  }

  /** Writes the findings that explain this site's decisions. */
  private final SiteFindings explain;

  /** The shared work of the site being planned. */
  private Shared shared;

  /** The site being planned. */
  private String site;

  SiteOutcome plan(String site, List<Machine> machines) {
    this.site = site;
    shared = sharedWork.computeIfAbsent(site, s -> prepare(machines));
    List<Finding> findings = new ArrayList<>(shared.findings);
    List<Unplaced> unplaced = shared.unplaced;
    List<Item> items = shared.items;
    int n = 0;
    double churn = 0;
    for (Item it : items) {
      n += it.count();
      churn += it.churnGiBPerDay();
    }
    if (items.isEmpty()) {
      return new SiteOutcome(site, machines, false, List.of(), List.of(), unplaced, findings, 0);
    }
    findings.add(scaleOutFinding(n, churn));
    if (!beyondThresholds(n, churn)) {
      return builtIn(site, machines, items, n, churn, unplaced, findings);
    }
    return scaleOut(site, machines, items, n, churn, unplaced, findings);
  }

  /** Whether {@code n} machines and {@code churn} exceed the scale-out thresholds as planned. */
  boolean beyondThresholds(int n, double churn) {
    ScaleOutThresholds t = catalog.scaleOut();
    return n > Limits.machineLimit(t.maxMachines(), options.usableFraction())
        || !Capacity.withinChurn(
            churn, Limits.churnLimit(t.maxChurnGiBPerDay(), options.usableFraction()));
  }

  /** Why {@code n} machines and {@code churn} are, or are not, scaled out. */
  Finding scaleOutFinding(int n, double churn) {
    ScaleOutThresholds t = catalog.scaleOut();
    int thresholdMachines = Limits.machineLimit(t.maxMachines(), options.usableFraction());
    double thresholdChurn = Limits.churnLimit(t.maxChurnGiBPerDay(), options.usableFraction());
    return explain.scaleOut(
        n,
        churn,
        thresholdMachines,
        thresholdChurn,
        n > thresholdMachines,
        !Capacity.withinChurn(churn, thresholdChurn));
  }

  /** Why {@code groups} configuration servers manage {@code n} machines. */
  Finding countFinding(int groups, int n) {
    return explain.count(groups, n, false);
  }

  /** The machines one managing configuration server may manage, headroom applied. */
  int managementLimit() {
    return managementLimit;
  }

  /**
   * The site's machines on scale-out process servers only, registered to configuration servers
   * planned elsewhere (a hub's branch, or the hub itself once scaled out): one group of process
   * servers, the cheapest packed tier mix, and the process servers' lower bound.
   */
  SiteOutcome processServersOnly(String site, List<Machine> machines) {
    this.site = site;
    shared = sharedWork.computeIfAbsent(site, s -> prepare(machines));
    List<Finding> findings = new ArrayList<>(shared.findings);
    List<Item> items = shared.items;
    if (items.isEmpty()) {
      return new SiteOutcome(
          site, machines, true, List.of(), List.of(), shared.unplaced, findings, 0);
    }
    int n = items.stream().mapToInt(Item::count).sum();
    double churn = items.stream().mapToDouble(Item::churnGiBPerDay).sum();
    int keep = items.size() <= 20_000 ? 6 : items.size() <= 200_000 ? 3 : 1;
    Comparator<Cost> order = Cost.order(preference);
    List<Bin> best = null;
    Cost bestCost = null;
    for (TierMixSolver.Mix mix :
        TierMixSolver.solveBest(
            scaleOutTiers, shared.needMachines, shared.needChurn, preference, false, keep)) {
      if (bestCost != null && order.compare(mix.cost(), bestCost) >= 0) {
        break;
      }
      List<Bin> bins = packed(items, n, mix);
      Cost cost = Cost.ZERO;
      for (Bin b : bins) {
        cost = cost.plus(Cost.of(b.capacity.tier()));
      }
      if (bestCost == null || order.compare(cost, bestCost) < 0) {
        best = bins;
        bestCost = cost;
      }
    }
    long bound =
        TierMixSolver.solve(
                scaleOutTiers, shared.needMachines, shared.needChurn, Preference.VCPUS, true)
            .lowerBoundPrimary();
    findings.add(explain.mix(best, n, churn, false));
    return new SiteOutcome(
        site, machines, true, List.of(), List.of(best), shared.unplaced, findings, bound);
  }

  /**
   * The site's machines on its configuration server's built-in process server, whose tier must also
   * hold {@code managedMachines} (its own machines and those of the process servers registered to
   * it).
   */
  SiteOutcome builtInManaging(String site, List<Machine> machines, int managedMachines) {
    this.site = site;
    shared = sharedWork.computeIfAbsent(site, s -> prepare(machines));
    List<Item> items = shared.items;
    double churn = items.stream().mapToDouble(Item::churnGiBPerDay).sum();
    return builtIn(
        site,
        machines,
        items,
        managedMachines,
        churn,
        shared.unplaced,
        new ArrayList<>(shared.findings));
  }

  private Shared prepare(List<Machine> machines) {
    Shared shared = new Shared();
    shared.findings = new ArrayList<>();
    shared.unplaced = new ArrayList<>();
    shared.items =
        new SiteItems(catalog, options, scaleOutTiers, prefix, shared.unplaced, shared.findings)
            .of(machines);
    Item.sortLargestFirst(shared.items);
    // For every tier, the machines and churn that fit no smaller tier (index 0: all of them).
    int tiers = scaleOutTiers.size();
    shared.needMachines = new long[tiers];
    shared.needChurn = new double[tiers];
    for (Item it : shared.items) {
      for (int t = 0; t <= it.minTier(); t++) {
        shared.needMachines[t] += it.count();
        shared.needChurn[t] += it.churnGiBPerDay();
      }
    }
    return shared;
  }

  private SiteOutcome builtIn(
      String site,
      List<Machine> machines,
      List<Item> items,
      int n,
      double churn,
      List<Unplaced> unplaced,
      List<Finding> findings) {
    // The cheapest tier that holds the load; the bound is the fewest vCPUs of any tier that holds
    // it (the same tier for catalogs whose costs grow with size).
    Capacity tier = CheapestTier.holding(csTiers, Capacity::tier, Capacity::limits, n, churn);
    if (tier == null) {
      throw new IllegalStateException("catalog validation guarantees a tier at the thresholds");
    }
    long fewestVcpus = Long.MAX_VALUE;
    for (Capacity c : csTiers) {
      if (c.holds(n, churn)) {
        fewestVcpus = Math.min(fewestVcpus, c.tier().vcpus());
      }
    }
    Bin bin = new Bin(tier, 0);
    items.forEach(bin::add);
    findings.add(explain.tier(SiteFindings.CS_TIER, csTiers, tier, n, churn, role()));
    return new SiteOutcome(
        site, machines, false, List.of(bin), List.of(), unplaced, findings, fewestVcpus);
  }

  private String role() {
    return catalog.hasScaleOutProcessServers() ? "configuration server" : "replication appliance";
  }

  private SiteOutcome scaleOut(
      String site,
      List<Machine> machines,
      List<Item> items,
      int n,
      double churn,
      List<Unplaced> unplaced,
      List<Finding> findings) {
    boolean managed = catalog.hasScaleOutProcessServers();
    boolean uniform =
        items.stream()
            .allMatch(
                it -> it.count() == 1 && it.churnGiBPerDay() == items.get(0).churnGiBPerDay());
    List<List<Bin>> groups;
    long lowerBound;
    if (uniform) {
      groups = uniformPlan(items, preference);
      if (shared.lowerBound == null) {
        shared.lowerBound = uniformCost(items, Preference.VCPUS).vcpus();
      }
    } else {
      groups = mixedPlan(items, n);
      if (shared.lowerBound == null) {
        shared.lowerBound = mixedLowerBound(items, n, churn);
      }
    }
    lowerBound = shared.lowerBound;
    List<Bin> all = groups.stream().flatMap(List::stream).toList();
    findings.add(explain.mix(all, n, churn, uniform));
    if (managed) {
      findings.add(explain.count(groups.size(), n, uniform));
      return new SiteOutcome(
          site, machines, true, List.of(), groups, unplaced, findings, lowerBound);
    }
    return new SiteOutcome(site, machines, true, all, List.of(), unplaced, findings, lowerBound);
  }

  private Cost managementCost() {
    ManagementServer m = catalog.managementServer();
    return m == null ? null : Cost.of(m.vcpus(), m.memoryGiB(), m.cacheDiskGiB());
  }

  private List<UniformSolver.Unit> uniformUnits(List<Item> items, Preference p) {
    UniformSolver solver = new UniformSolver(scaleOutTiers, p, managementCost(), managementLimit);
    return solver.solve(items.size(), items.get(0).churnGiBPerDay());
  }

  private Cost uniformCost(List<Item> items, Preference p) {
    Cost total = Cost.ZERO;
    for (UniformSolver.Unit u : uniformUnits(items, p)) {
      total = total.plus(u.cost());
    }
    return total;
  }

  /** Identical machines: the exact optimum, machines spread over units in proportion to room. */
  private List<List<Bin>> uniformPlan(List<Item> items, Preference p) {
    List<UniformSolver.Unit> units = uniformUnits(items, p);
    List<Item> byName = new ArrayList<>(items);
    byName.sort(Comparator.comparing(Item::key));
    int total = byName.size();
    long capacity = units.stream().mapToLong(UniformSolver.Unit::capacity).sum();
    int[] share = new int[units.size()];
    int given = 0;
    for (int u = 0; u < units.size(); u++) {
      share[u] = (int) (total * (long) units.get(u).capacity() / capacity);
      given += share[u];
    }
    // The rest, one by one, to the unit with the most room left (the first on ties).
    while (given < total) {
      int best = -1;
      for (int u = 0; u < units.size(); u++) {
        if (share[u] < units.get(u).capacity()
            && (best < 0
                || units.get(u).capacity() - share[u] > units.get(best).capacity() - share[best])) {
          best = u;
        }
      }
      share[best]++;
      given++;
    }
    Packer packer = new Packer(scaleOutTiers, p);
    List<List<Bin>> groups = new ArrayList<>();
    int from = 0;
    if (catalog.hasScaleOutProcessServers()) {
      for (int u = 0; u < units.size(); u++) {
        List<Item> part = byName.subList(from, from + share[u]);
        from += share[u];
        groups.add(packer.pack(part, units.get(u).tierCounts()));
      }
    } else {
      int[] counts = new int[scaleOutTiers.size()];
      for (UniformSolver.Unit u : units) {
        for (int t = 0; t < counts.length; t++) {
          counts[t] += u.tierCounts()[t];
        }
      }
      for (Bin b : packer.pack(byName, counts)) {
        groups.add(List.of(b)); // appliances stand alone
      }
    }
    return groups;
  }

  /**
   * Machines of different churn: the cheapest tier mixes, packed, then grouped under configuration
   * servers; the cheapest result. The mix covers the load only in sum, so packing may need more;
   * the next mixes sometimes pack for less than the first one's repair.
   */
  private List<List<Bin>> mixedPlan(List<Item> items, int n) {
    int keep = items.size() <= 20_000 ? 6 : items.size() <= 200_000 ? 3 : 1;
    List<TierMixSolver.Mix> mixes =
        TierMixSolver.solveBest(
            scaleOutTiers, shared.needMachines, shared.needChurn, preference, false, keep);
    Cost minimumManagement =
        catalog.hasScaleOutProcessServers()
            ? managementCost().times(TierMixSolver.ceilDiv((long) n, managementLimit))
            : Cost.ZERO;
    Comparator<Cost> order = Cost.order(preference);
    List<List<Bin>> best = null;
    Cost bestCost = null;
    for (TierMixSolver.Mix mix : mixes) {
      if (bestCost != null && order.compare(mix.cost().plus(minimumManagement), bestCost) >= 0) {
        break;
      }
      List<List<Bin>> groups = group(packed(items, n, mix));
      Cost cost = costOf(groups);
      if (bestCost == null || order.compare(cost, bestCost) < 0) {
        best = groups;
        bestCost = cost;
      }
    }
    return best;
  }

  private List<Bin> packed(List<Item> items, int n, TierMixSolver.Mix mix) {
    // Keyed by site too: two sites may share a group name, a machine count and a mix.
    String key =
        site + "\u0000" + items.get(0).key() + ":" + n + ":" + Arrays.toString(mix.counts());
    List<Bin> packed = packings == null ? null : packings.get(key);
    if (packed == null) {
      packed = new Packer(scaleOutTiers, preference).pack(items, mix.counts());
      if (packings != null) {
        packings.put(key, packed);
      }
    }
    return packed;
  }

  private Cost costOf(List<List<Bin>> groups) {
    Cost cost = Cost.ZERO;
    for (List<Bin> g : groups) {
      if (catalog.hasScaleOutProcessServers()) {
        cost = cost.plus(managementCost());
      }
      for (Bin b : g) {
        cost = cost.plus(Cost.of(b.capacity.tier()));
      }
    }
    return cost;
  }

  /** Process servers under configuration servers; appliances stand alone. */
  private List<List<Bin>> group(List<Bin> packed) {
    if (catalog.hasScaleOutProcessServers()) {
      return ConfigurationServerGroups.of(packed, managementLimit);
    }
    List<List<Bin>> groups = new ArrayList<>();
    packed.forEach(b -> groups.add(List.of(b)));
    return groups;
  }

  /**
   * The larger of two valid bounds. The tier program: the cheapest tier mix whose combined limits
   * cover the machines and their churn, plus the fewest configuration servers the machine count
   * allows. The grouped count bound: every configuration server manages at most L machines through
   * its own process servers, and no server holds more machines than its machine limit or than its
   * churn limit divided by the smallest machine churn; the exact optimum of that relaxation (the
   * identical-machine program) also counts the process server slots lost at each configuration
   * server.
   */
  private long mixedLowerBound(List<Item> items, int n, double churn) {
    TierMixSolver.Mix mix =
        TierMixSolver.solve(
            scaleOutTiers, shared.needMachines, shared.needChurn, Preference.VCPUS, true);
    long bound = mix.lowerBoundPrimary();
    ManagementServer m = catalog.managementServer();
    if (m == null) {
      return bound;
    }
    bound += (long) m.vcpus() * TierMixSolver.ceilDiv((long) n, managementLimit);
    double smallest = Double.MAX_VALUE;
    for (Item it : items) {
      smallest = Math.min(smallest, it.churnGiBPerDay() / it.count());
    }
    long grouped = 0;
    for (UniformSolver.Unit u :
        new UniformSolver(scaleOutTiers, Preference.VCPUS, managementCost(), managementLimit)
            .solve(n, smallest)) {
      grouped += u.cost().vcpus();
    }
    long patterns =
        GroupPatternBound.vcpus(
            scaleOutTiers, m.vcpus(), managementLimit, shared.needMachines[0], shared.needChurn[0]);
    return Math.max(bound, Math.max(grouped, patterns));
  }
}
