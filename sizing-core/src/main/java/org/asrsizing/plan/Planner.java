package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.model.Alternative;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Setting;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Totals;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;
import org.asrsizing.model.Workload;
import org.asrsizing.placement.Limits;
import org.asrsizing.rules.DocumentedLimits;

/**
 * Sizes and places a workload. Embedders start at {@link org.asrsizing.api.Sizing}, which also
 * carries an inventory's findings and N+1.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(Workload.aggregate(220, 1500), CatalogLoader.builtIn("asr-classic"),
 *     PlanOptions.defaults());
 * }</pre>
 *
 * <p>Each site is its own deployment. Up to the scale-out thresholds one configuration server (or
 * appliance) of the smallest sufficient tier carries everything; beyond them, scale-out servers of
 * the cheapest tier mix carry the machines. Every decision is explained in the plan's findings, and
 * the plan reports a lower bound on the vCPUs any deployment needs.
 */
public final class Planner {

  /**
   * The {@code bindingLimit} of a server kept empty for N+K; a rebalance does not give such a
   * server machines.
   */
  public static final String SPARE = "spare";

  private final Catalog catalog;
  private final PlanOptions options;

  private final List<Capacity> scaleOutTiers;
  private final List<Capacity> csTiers;

  private Planner(Catalog catalog, PlanOptions options) {
    this.catalog = catalog;
    this.options = options;
    this.scaleOutTiers = SitePlanner.capacities(catalog.scaleOutTiers(), options.usableFraction());
    this.csTiers =
        SitePlanner.capacities(catalog.configurationServerTiers(), options.usableFraction());
  }

  /**
   * Checks that the headroom leaves every tier of the catalog room for at least one machine.
   *
   * @throws IllegalArgumentException with one sentence naming the largest headroom possible
   */
  public static void checkHeadroom(Catalog catalog, double headroomPercent) {
    List<org.asrsizing.catalog.Tier> tiers = new ArrayList<>(catalog.configurationServerTiers());
    tiers.addAll(catalog.processServerTiers());
    org.asrsizing.catalog.Tier smallest =
        tiers.stream().min(Comparator.comparingInt(org.asrsizing.catalog.Tier::maxMachines)).get();
    double usable = Limits.usableFraction(headroomPercent);
    if (Limits.machineLimit(smallest.maxMachines(), usable) < 1) {
      double most = Math.floor(10000.0 * (1 - 1.0 / smallest.maxMachines())) / 100;
      throw new IllegalArgumentException(
          "a headroom of "
              + Units.percent(headroomPercent)
              + " leaves the "
              + smallest.name()
              + " tier of catalog "
              + catalog.id()
              + " room for no machine; at most "
              + Units.number(most, 2)
              + " % is possible");
    }
  }

  /**
   * Checks that {@code limit} (machines one configuration server manages; {@code null} for the
   * catalog's) can be set for {@code catalog}: the catalog has a separate configuration server, and
   * the limit is at least the largest process server tier's machine limit.
   *
   * @throws IllegalArgumentException with one sentence saying which
   */
  public static void checkConfigurationServerLimit(Catalog catalog, Integer limit) {
    if (limit == null) {
      return;
    }
    if (catalog.managementServer() == null) {
      throw new IllegalArgumentException(
          "catalog " + catalog.id() + " has no separate configuration server to set a limit for");
    }
    if (limit
        < catalog.processServerTiers().get(catalog.processServerTiers().size() - 1).maxMachines()) {
      throw new IllegalArgumentException(
          "the configuration server machine limit must be at least the largest process server"
              + " tier's machine limit");
    }
  }

  /**
   * Fails with one sentence when {@code growthPercent} takes {@code workload} (site by site, as
   * {@link #plan} grows it) above {@link Workload#MAX_PLANNED_MACHINES} machines.
   */
  public static void checkGrowth(Workload workload, double growthPercent) {
    if (growthPercent == 0) {
      return;
    }
    Map<String, Integer> perSite = new HashMap<>();
    workload.machines().forEach(m -> perSite.merge(m.site(), 1, Integer::sum));
    long grown = 0;
    for (int n : perSite.values()) {
      grown += (long) Math.ceil(n * (1 + growthPercent / 100) - 1e-9);
    }
    if (grown > Workload.MAX_PLANNED_MACHINES) {
      throw new IllegalArgumentException(
          "growth of "
              + Units.percent(growthPercent)
              + " takes "
              + workload.machines().size()
              + " machines to "
              + grown
              + ", above the "
              + Workload.MAX_PLANNED_MACHINES
              + " a plan may have");
    }
  }

  /**
   * Plans {@code workload} with {@code catalog} under {@code options}; with spares, the cheapest
   * plan found that survives that many servers of a failure domain failing.
   */
  public static Plan plan(Workload workload, Catalog catalog, PlanOptions options) {
    checkGrowth(workload, options.growthPercent());
    checkConfigurationServerLimit(catalog, options.configurationServerMachineLimit());
    if (options.spares() > 0) {
      // Its plans are made here, each with the warning below.
      return SurvivablePlans.plan(workload, catalog, options);
    }
    List<Finding> undocumented =
        DocumentedLimits.configurationServerLimit(
                catalog, options.configurationServerMachineLimit())
            .stream()
            .toList();
    checkHeadroom(catalog, options.headroomPercent());
    Catalog effective = catalog;
    Integer limit = options.configurationServerMachineLimit();
    if (limit != null) {
      effective =
          catalog.withManagementServerMachineLimit(
              limit, DocumentedLimits.sourceOf(catalog, limit));
    }
    Map<String, List<Machine>> sites = grownSites(workload, options.growthPercent());
    checkHub(effective, options.hub(), sites.keySet());
    Planner planner = new Planner(effective, options);
    Preference other =
        options.preference() == Preference.VCPUS ? Preference.SERVERS : Preference.VCPUS;
    Map<String, List<Bin>> packings = tiersGrowInEveryCost(effective) ? new HashMap<>() : null;
    Map<String, SitePlanner.Shared> shared = new HashMap<>();
    List<SiteOutcome> mine = planner.sites(sites, options.preference(), packings, shared);
    List<SiteOutcome> theirs = planner.sites(sites, other, packings, shared);
    Plan plan = planner.assemble(workload, mine, theirs, other);
    return plan.withFindingsFirst(undocumented)
        .withFindingsLast(Guidance.managementServerSize(catalog, plan).stream().toList());
  }

  /**
   * Checks that a hub, when there is one, is a site of {@code workload} and that the catalog has
   * scale-out process servers for the branches.
   *
   * @throws IllegalArgumentException with one sentence saying which
   */
  public static void checkHub(Catalog catalog, String hub, Workload workload) {
    Set<String> sites = new HashSet<>();
    workload.machines().forEach(m -> sites.add(m.site()));
    checkHub(catalog, hub, sites);
  }

  private static void checkHub(Catalog catalog, String hub, Set<String> sites) {
    if (hub == null) {
      return;
    }
    if (!catalog.hasScaleOutProcessServers()) {
      throw new IllegalArgumentException(
          "catalog "
              + catalog.id()
              + " has no scale-out process servers, so branches of a hub have nothing to run on;"
              + " plan each site as its own deployment");
    }
    if (!sites.contains(hub)) {
      throw new IllegalArgumentException(
          "the hub "
              + hub
              + " is not a site of the workload; its sites are "
              + String.join(", ", new java.util.TreeSet<>(sites)));
    }
  }

  private static Map<String, List<Machine>> grownSites(Workload workload, double growth) {
    Map<String, List<Machine>> sites = new TreeMap<>();
    for (Machine m : workload.machines()) {
      sites.computeIfAbsent(m.site(), s -> new ArrayList<>()).add(m);
    }
    // A canonical order, so that the plan never depends on the order of the input.
    sites.values().forEach(list -> list.sort(Comparator.comparing(Machine::name)));
    if (growth == 0) {
      return sites;
    }
    Set<String> names = new HashSet<>();
    workload.machines().forEach(m -> names.add(m.name()));
    Map<String, List<Machine>> grown = new TreeMap<>();
    sites.forEach(
        (site, list) -> {
          // Positions in a site's list stand for name order (placement relies on it).
          List<Machine> withGrowth = new ArrayList<>(Growth.apply(list, growth, names));
          withGrowth.sort(Comparator.comparing(Machine::name));
          grown.put(site, withGrowth);
        });
    return grown;
  }

  private static boolean tiersGrowInEveryCost(Catalog catalog) {
    List<org.asrsizing.catalog.Tier> tiers = catalog.scaleOutTiers();
    for (int i = 1; i < tiers.size(); i++) {
      org.asrsizing.catalog.Tier a = tiers.get(i - 1);
      org.asrsizing.catalog.Tier b = tiers.get(i);
      if (b.vcpus() < a.vcpus()
          || b.memoryGiB() < a.memoryGiB()
          || b.cacheDiskGiB() < a.cacheDiskGiB()) {
        return false;
      }
    }
    return true;
  }

  private List<SiteOutcome> sites(
      Map<String, List<Machine>> sites,
      Preference preference,
      Map<String, List<Bin>> packings,
      Map<String, SitePlanner.Shared> shared) {
    if (options.hub() != null) {
      return new HubPlanner(catalog, options, preference, packings, shared, sites.size())
          .plan(sites);
    }
    List<SiteOutcome> outcomes = new ArrayList<>();
    boolean several = sites.size() > 1;
    for (Map.Entry<String, List<Machine>> e : sites.entrySet()) {
      String prefix = several ? "site " + e.getKey() + ": " : "";
      outcomes.add(
          new SitePlanner(catalog, options, preference, prefix, packings, shared)
              .plan(e.getKey(), e.getValue()));
    }
    return outcomes;
  }

  private Plan assemble(
      Workload workload, List<SiteOutcome> outcomes, List<SiteOutcome> others, Preference other) {
    List<Unplaced> unplaced = new ArrayList<>();
    List<Finding> findings = optionFindings();
    PlannedServers servers =
        new PlannedServers(catalog, options.usableFraction(), scaleOutTiers, csTiers);
    int machines = 0;
    double churn = 0;
    long lowerBound = 0;
    boolean scaleOut = false;
    for (SiteOutcome o : outcomes) {
      machines += o.machines().size();
      for (Machine m : o.machines()) {
        churn += m.churnGiBPerDay();
      }
      lowerBound += o.lowerBoundVcpus();
      scaleOut |= o.scaleOut();
      unplaced.addAll(o.unplaced());
      findings.addAll(o.findings());
      servers.add(o);
    }
    Totals totals = servers.totals();
    int placed = machines - unplaced.size();
    long gap = totals.vcpus() - lowerBound;
    findings.add(lowerBoundFinding(placed, lowerBound, totals.vcpus()));
    List<Alternative> alternatives = alternatives(others, other, totals, findings);
    Summary summary =
        new Summary(
            machines,
            placed,
            unplaced.size(),
            Units.roundChurn(churn),
            scaleOut,
            outcomes.size(),
            totals.configurationServers(),
            totals.processServers(),
            totals.vcpus(),
            totals.memoryGiB(),
            totals.cacheDiskGiB(),
            (int) lowerBound,
            (int) gap,
            lowerBound == 0 ? 0 : 100.0 * gap / lowerBound);
    return new Plan(
        Plan.SCHEMA_VERSION,
        summary,
        servers.configurationServers(),
        servers.processServers(),
        unplaced,
        findings,
        alternatives,
        assumptions(workload));
  }

  /** What growth and headroom did, before any site's findings. */
  private List<Finding> optionFindings() {
    List<Finding> findings = new ArrayList<>();
    if (options.growthPercent() > 0) {
      findings.add(
          new Finding(
              Rule.GROWTH,
              Severity.INFO,
              "growth of "
                  + Units.percent(options.growthPercent())
                  + " applied before sizing: machine count rounded up, total churn grown by the"
                  + " same factor; machines keep their churn, new machines named growth-... share"
                  + " the added churn",
              ""));
    }
    if (options.headroomPercent() > 0) {
      findings.add(
          new Finding(
              Rule.HEADROOM,
              Severity.INFO,
              "every server is planned to "
                  + Units.percent(100 - options.headroomPercent())
                  + " of its tier's limits (machine limits rounded down)",
              ""));
    }
    return findings;
  }

  private static Finding lowerBoundFinding(int placed, long lowerBound, long vcpus) {
    long gap = vcpus - lowerBound;
    return new Finding(
        Rule.LOWER_BOUND,
        Severity.INFO,
        "no deployment of the "
            + placed
            + " protectable machines needs fewer than "
            + lowerBound
            + " vCPUs; this plan uses "
            + vcpus
            + (gap == 0 ? ", which is optimal" : ", " + gap + " above that bound"),
        "");
  }

  /** The plan with the other preference when it differs, with a finding that describes it. */
  private List<Alternative> alternatives(
      List<SiteOutcome> others, Preference other, Totals totals, List<Finding> findings) {
    Alternatives alternatives = new Alternatives(catalog);
    Totals otherTotals = alternatives.totals(others);
    if (otherTotals.equals(totals)) {
      return new ArrayList<>();
    }
    Alternative alt = alternatives.of(other, others, otherTotals);
    Hint hint = new Hint(Setting.PREFERENCE, other.name().toLowerCase(java.util.Locale.ROOT));
    findings.add(
        new Finding(
            Rule.ALTERNATIVE,
            Severity.INFO,
            "alternative, "
                + (other == Preference.SERVERS ? "fewest servers first" : "fewest vCPUs first")
                + " ("
                + hint.phrase()
                + "): "
                + alt.description(),
            "",
            hint));
    return new ArrayList<>(List.of(alt));
  }

  private Assumptions assumptions(Workload workload) {
    ManagementServer m = catalog.managementServer();
    return new Assumptions(
        catalog.id(),
        catalog.version(),
        options.growthPercent(),
        options.headroomPercent(),
        options.preference(),
        m == null ? null : m.maxMachines(),
        Assumptions.UNITS,
        workload.aggregate());
  }
}
