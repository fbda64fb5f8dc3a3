package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.model.Alternative;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Totals;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;
import org.asrsizing.model.Workload;
import org.asrsizing.placement.Limits;

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

  /** Rule id of the lower-bound report. */
  public static final String LOWER_BOUND = Rule.LOWER_BOUND.id();

  /** Rule id of the alternative with the other preference. */
  public static final String ALTERNATIVE = Rule.ALTERNATIVE.id();

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

  /** Plans {@code workload} with {@code catalog} under {@code options}. */
  public static Plan plan(Workload workload, Catalog catalog, PlanOptions options) {
    checkHeadroom(catalog, options.headroomPercent());
    Catalog effective = catalog;
    Integer limit = options.configurationServerMachineLimit();
    checkConfigurationServerLimit(catalog, limit);
    if (limit != null) {
      String source =
          catalog.managementServer().alternatives() == null
              ? catalog.managementServer().source()
              : catalog.managementServer().alternatives().stream()
                  .filter(a -> a.maxMachines() == limit)
                  .map(ManagementServer.Alternative::source)
                  .findFirst()
                  .orElse(catalog.managementServer().source());
      effective = catalog.withManagementServerMachineLimit(limit, source);
    }
    Map<String, List<Machine>> sites = grownSites(workload, options.growthPercent());
    Planner planner = new Planner(effective, options);
    Preference other =
        options.preference() == Preference.VCPUS ? Preference.SERVERS : Preference.VCPUS;
    Map<String, List<Packer.Bin>> packings =
        tiersGrowInEveryCost(effective) ? new HashMap<>() : null;
    Map<String, SitePlanner.Shared> shared = new HashMap<>();
    List<SiteOutcome> mine = planner.sites(sites, options.preference(), packings, shared);
    List<SiteOutcome> theirs = planner.sites(sites, other, packings, shared);
    return planner.assemble(workload, mine, theirs, other);
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
      Map<String, List<Packer.Bin>> packings,
      Map<String, SitePlanner.Shared> shared) {
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
    List<PlannedServer> configurationServers = new ArrayList<>();
    List<PlannedServer> processServers = new ArrayList<>();
    List<Unplaced> unplaced = new ArrayList<>();
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
      for (Packer.Bin bin : o.replicating()) {
        configurationServers.add(
            server(
                "cs-" + (configurationServers.size() + 1),
                catalog.hasScaleOutProcessServers()
                    ? ServerRole.CONFIGURATION_SERVER
                    : ServerRole.APPLIANCE,
                o,
                null,
                bin));
      }
      for (List<Packer.Bin> group : o.managedGroups()) {
        String csId = "cs-" + (configurationServers.size() + 1);
        List<PlannedServer> children = new ArrayList<>();
        List<Packer.Bin> ordered = new ArrayList<>(group);
        ordered.sort(
            Comparator.comparingInt((Packer.Bin b) -> b.capacity.index())
                .reversed()
                .thenComparing(Comparator.comparingInt((Packer.Bin b) -> b.machines).reversed()));
        for (Packer.Bin bin : ordered) {
          children.add(
              server(
                  "ps-" + (processServers.size() + children.size() + 1),
                  ServerRole.PROCESS_SERVER,
                  o,
                  csId,
                  bin));
        }
        configurationServers.add(managementServer(csId, o.site(), children));
        processServers.addAll(children);
      }
    }
    Totals totals = totals(configurationServers, processServers);
    int placed = machines - unplaced.size();
    long gap = totals.vcpus() - lowerBound;
    findings.add(
        new Finding(
            LOWER_BOUND,
            Severity.INFO,
            "no deployment of the "
                + placed
                + " protectable machines needs fewer than "
                + lowerBound
                + " vCPUs; this plan uses "
                + totals.vcpus()
                + (gap == 0 ? ", which is optimal" : ", " + gap + " above that bound"),
            ""));
    List<Alternative> alternatives = new ArrayList<>();
    Totals otherTotals = Totals.ZERO;
    for (SiteOutcome o : others) {
      otherTotals = otherTotals.plus(totalsOf(o));
    }
    if (!otherTotals.equals(totals)) {
      Alternative alt = alternative(other, others, otherTotals);
      alternatives.add(alt);
      findings.add(
          new Finding(
              ALTERNATIVE,
              Severity.INFO,
              "alternative, "
                  + (other == Preference.SERVERS ? "fewest servers first" : "fewest vCPUs first")
                  + " (--prefer "
                  + other.name().toLowerCase(java.util.Locale.ROOT)
                  + "): "
                  + alt.description(),
              ""));
    }
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
    ManagementServer m = catalog.managementServer();
    Assumptions assumptions =
        new Assumptions(
            catalog.id(),
            catalog.version(),
            options.growthPercent(),
            options.headroomPercent(),
            options.preference(),
            m == null ? null : m.maxMachines(),
            Assumptions.UNITS,
            workload.aggregate());
    return new Plan(
        Plan.SCHEMA_VERSION,
        summary,
        configurationServers,
        processServers,
        unplaced,
        findings,
        alternatives,
        assumptions);
  }

  private PlannedServer server(
      String id, ServerRole role, SiteOutcome o, String parent, Packer.Bin bin) {
    // A site's machines are in name order, so sorting their positions sorts their names.
    int[] positions = new int[bin.machines];
    int k = 0;
    for (Item item : bin.items) {
      for (int i : item.machines()) {
        positions[k++] = i;
      }
    }
    Arrays.sort(positions);
    List<String> names = new ArrayList<>(positions.length);
    List<Double> churns = new ArrayList<>(positions.length);
    for (int i : positions) {
      Machine m = o.machines().get(i);
      names.add(m.name());
      churns.add(Units.roundChurn(m.churnGiBPerDay()));
    }
    List<Capacity> tiers = role == ServerRole.PROCESS_SERVER ? scaleOutTiers : csTiers;
    Capacity c = bin.capacity;
    return new PlannedServer(
        id,
        role,
        o.site(),
        parent,
        c.tier().name(),
        c.tier().vcpus(),
        c.tier().memoryGiB(),
        c.tier().cacheDiskGiB(),
        true,
        bin.machines,
        Units.roundChurn(bin.churn),
        c.maxMachines(),
        c.maxChurnGiBPerDay(),
        SiteFindings.binding(tiers, c, bin.machines, bin.churn),
        names,
        churns);
  }

  private PlannedServer managementServer(String id, String site, List<PlannedServer> children) {
    ManagementServer m = catalog.managementServer();
    int machines = children.stream().mapToInt(PlannedServer::machines).sum();
    double churn = children.stream().mapToDouble(PlannedServer::churnGiBPerDay).sum();
    int limit = Limits.machineLimit(m.maxMachines(), options.usableFraction());
    return new PlannedServer(
        id,
        ServerRole.CONFIGURATION_SERVER,
        site,
        null,
        "management",
        m.vcpus(),
        m.memoryGiB(),
        m.cacheDiskGiB(),
        false,
        machines,
        Units.roundChurn(churn),
        limit,
        0,
        "none",
        List.of(),
        List.of());
  }

  private static Totals totals(List<PlannedServer> cs, List<PlannedServer> ps) {
    int vcpus = 0;
    long memory = 0;
    long cache = 0;
    for (PlannedServer s : cs) {
      vcpus += s.vcpus();
      memory += s.memoryGiB();
      cache += s.cacheDiskGiB();
    }
    for (PlannedServer s : ps) {
      vcpus += s.vcpus();
      memory += s.memoryGiB();
      cache += s.cacheDiskGiB();
    }
    return new Totals(cs.size(), ps.size(), vcpus, memory, cache);
  }

  private Totals totalsOf(SiteOutcome o) {
    Totals t = Totals.ZERO;
    for (Packer.Bin b : o.replicating()) {
      t =
          t.plus(
              new Totals(
                  1,
                  0,
                  b.capacity.tier().vcpus(),
                  b.capacity.tier().memoryGiB(),
                  b.capacity.tier().cacheDiskGiB()));
    }
    ManagementServer m = catalog.managementServer();
    for (List<Packer.Bin> group : o.managedGroups()) {
      t = t.plus(new Totals(1, 0, m.vcpus(), m.memoryGiB(), m.cacheDiskGiB()));
      for (Packer.Bin b : group) {
        t =
            t.plus(
                new Totals(
                    0,
                    1,
                    b.capacity.tier().vcpus(),
                    b.capacity.tier().memoryGiB(),
                    b.capacity.tier().cacheDiskGiB()));
      }
    }
    return t;
  }

  private Alternative alternative(Preference p, List<SiteOutcome> outcomes, Totals totals) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SiteOutcome o : outcomes) {
      String role = catalog.hasScaleOutProcessServers() ? "configuration server " : "appliance ";
      for (Packer.Bin b : o.replicating()) {
        counts.merge(role + b.capacity.tier().name(), 1, Integer::sum);
      }
      if (!o.managedGroups().isEmpty()) {
        counts.merge(
            "configuration server (management only)", o.managedGroups().size(), Integer::sum);
      }
      for (List<Packer.Bin> g : o.managedGroups()) {
        for (Packer.Bin b : g) {
          counts.merge("process server " + b.capacity.tier().name(), 1, Integer::sum);
        }
      }
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(v + " x " + k));
    String description =
        String.join(" + ", parts)
            + ": "
            + totals.servers()
            + " servers, "
            + totals.vcpus()
            + " vCPU, "
            + totals.memoryGiB()
            + " GiB memory, "
            + totals.cacheDiskGiB()
            + " GiB cache disk";
    return new Alternative(p, description, totals, parts);
  }
}
