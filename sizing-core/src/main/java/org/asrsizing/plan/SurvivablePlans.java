package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Units;
import org.asrsizing.model.Workload;
import org.asrsizing.placement.Limits;

/**
 * N+K at the lowest cost: the cheapest plan found that survives any {@code k} servers of one
 * failure domain failing at once. The candidates are the plan of N when it survives as it is, the
 * plan of N with hot spares, and active-active plans whose servers are planned to a share of their
 * limits that leaves room for the machines of {@code k} failed ones; every candidate is verified by
 * {@link SurvivalCheck}, and only a verified one is called survivable.
 */
final class SurvivablePlans {

  static final String SOURCE =
      "MicrosoftDocs/azure-docs articles/site-recovery/vmware-azure-manage-process-server.md"
          + " (2018-10-29)";

  /** How many servers per domain an active-active candidate is sized for, beyond {@code k}. */
  private static final int ACTIVE_ACTIVE_SIZES = 8;

  private enum Kind {
    AS_PLANNED,
    HOT_SPARE,
    ACTIVE_ACTIVE
  }

  private record Candidate(Kind kind, Plan plan, double headroom, List<PlannedServer> spares) {}

  private final Workload workload;
  private final Catalog catalog;
  private final PlanOptions options;
  private final PlanOptions base;
  private final int k;
  private final SurvivalCheck check;

  private SurvivablePlans(Workload workload, Catalog catalog, PlanOptions options) {
    this.workload = workload;
    this.catalog = catalog;
    this.options = options;
    this.base = options.withSpares(0, 0);
    this.k = options.spares();
    this.check = new SurvivalCheck(catalog, k, options.failoverHeadroomPercent());
  }

  static Plan plan(Workload workload, Catalog catalog, PlanOptions options) {
    return new SurvivablePlans(workload, catalog, options).plan();
  }

  private Plan plan() {
    Plan n = Planner.plan(workload, catalog, base);
    List<Candidate> candidates = new ArrayList<>();
    if (check.survives(n)) {
      candidates.add(new Candidate(Kind.AS_PLANNED, n, base.headroomPercent(), List.of()));
    } else {
      HotSpares.Result spares = HotSpares.add(n, catalog, check, k, base.headroomPercent());
      if (spares != null) {
        candidates.add(
            new Candidate(Kind.HOT_SPARE, spares.plan(), base.headroomPercent(), spares.spares()));
      }
      activeActive(n, candidates);
    }
    Comparator<Candidate> cheapest = Comparator.comparing(c -> cost(c.plan()), order());
    Candidate best = candidates.stream().min(cheapest).orElse(null);
    long bound = lowerBound(n);
    List<Finding> findings = new ArrayList<>();
    if (best == null) {
      findings.addAll(withoutBound(n.findings()));
      findings.add(
          new Finding(
              Rule.FAILURE_TOLERANCE,
              Severity.WARNING,
              "no plan was found that survives any "
                  + k
                  + " process server(s) of a configuration server failing; this is the plan of N"
                  + " without spares",
              SOURCE));
      return Plans.withBound(n, n.summary().lowerBoundVcpus(), findings);
    }
    findings.addAll(withoutBound(best.plan().findings()));
    findings.add(boundFinding(best.plan(), bound, n.summary().lowerBoundVcpus()));
    findings.add(choice(best, n, candidates));
    if (best.kind() == Kind.HOT_SPARE) {
      findings.add(
          new Finding(
              Rule.FAILURE_TOLERANCE,
              Severity.INFO,
              "the spares are planned empty: on a failure, Switch the failed server's workload"
                  + " to the spare (or spread it with Load balance)",
              SOURCE));
    }
    if (catalog.hasScaleOutProcessServers() && !best.plan().configurationServers().isEmpty()) {
      findings.add(
          new Finding(
              Rule.FAILURE_TOLERANCE,
              Severity.INFO,
              "not covered: a configuration server's own failure; ASR cannot fail it over, and its"
                  + " process servers stop replicating until it is back",
              SOURCE));
    }
    return Plans.withBound(best.plan(), bound, findings);
  }

  /**
   * Active-active candidates: for the catalog's tiers as they are and for each scale-out tier
   * alone, the plan at the smallest share of the limits that survives; larger shares only cost
   * more.
   */
  private void activeActive(Plan n, List<Candidate> candidates) {
    List<Catalog> catalogs = new ArrayList<>();
    catalogs.add(catalog);
    if (catalog.scaleOutTiers().size() > 1) {
      catalog.scaleOutTiers().forEach(t -> catalogs.add(onlyTier(t)));
    }
    for (Catalog c : catalogs) {
      for (double h : activeActiveHeadrooms()) {
        Plan p = planAt(c, h);
        if (p != null && p.unplaced().size() == n.unplaced().size() && check.survives(p)) {
          candidates.add(new Candidate(Kind.ACTIVE_ACTIVE, p, h, List.of()));
          break;
        }
      }
    }
  }

  /** The catalog with one scale-out tier only, so that every scale-out server is of that tier. */
  private Catalog onlyTier(Tier t) {
    boolean classic = catalog.hasScaleOutProcessServers();
    return new Catalog(
        catalog.schemaVersion(),
        catalog.id(),
        catalog.version(),
        catalog.title(),
        catalog.boundSemantics(),
        catalog.sources(),
        classic ? catalog.configurationServerTiers() : List.of(t),
        classic ? List.of(t) : catalog.processServerTiers(),
        catalog.managementServer(),
        catalog.scaleOut(),
        catalog.machineLimits(),
        catalog.diskChurnLimits(),
        catalog.healthThresholds(),
        catalog.choices(),
        catalog.compatibility());
  }

  /** Headrooms that leave, on n servers of one tier, room for the machines of k of them. */
  private List<Double> activeActiveHeadrooms() {
    double usable = base.usableFraction();
    double failover = Limits.usableFraction(options.failoverHeadroomPercent());
    Set<Double> out = new TreeSet<>();
    for (int n = k + 1; n <= k + ACTIVE_ACTIVE_SIZES; n++) {
      double share = failover * (n - k) / n;
      if (share < usable - 1e-12) {
        // Rounded up to a hundredth of a percent, which only leaves more room.
        out.add(Math.ceil((1 - share) * 10000 - 1e-6) / 100);
      }
    }
    return new ArrayList<>(out);
  }

  private Plan planAt(Catalog c, double headroom) {
    if (headroom >= 100) {
      return null;
    }
    try {
      return Planner.plan(workload, c, base.withHeadroomPercent(headroom));
    } catch (IllegalArgumentException e) {
      // The headroom leaves some tier room for no machine: no candidate at this share.
      return null;
    }
  }

  /**
   * No plan that survives needs fewer vCPUs than the plan of N's bound, nor than the bound at the
   * failover limits (what the survivors of a failure carry) plus k of the cheapest servers on every
   * site whose servers may fail.
   */
  private long lowerBound(Plan n) {
    long bound = n.summary().lowerBoundVcpus();
    Plan atFailover =
        options.failoverHeadroomPercent() == base.headroomPercent()
            ? n
            : Planner.plan(
                workload, catalog, base.withHeadroomPercent(options.failoverHeadroomPercent()));
    Set<String> sites = sitesThatMayFail(n);
    if (!sites.equals(sitesThatMayFail(atFailover))) {
      // A site carried without scale-out at the failover limits: that bound is not comparable.
      return bound;
    }
    int cheapest = catalog.scaleOutTiers().stream().mapToInt(Tier::vcpus).min().orElse(0);
    long survivors = atFailover.summary().lowerBoundVcpus();
    return Math.max(bound, survivors + (long) k * cheapest * sites.size());
  }

  private static Set<String> sitesThatMayFail(Plan plan) {
    List<PlannedServer> all = new ArrayList<>(plan.configurationServers());
    all.addAll(plan.processServers());
    return all.stream()
        .filter(s -> s.role() != ServerRole.CONFIGURATION_SERVER && s.machines() > 0)
        .map(PlannedServer::site)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Finding> withoutBound(List<Finding> findings) {
    return findings.stream()
        .filter(f -> !f.is(Rule.LOWER_BOUND) && !f.is(Rule.ALTERNATIVE))
        .toList();
  }

  private Finding boundFinding(Plan plan, long bound, long boundOfN) {
    long vcpus = plan.summary().vcpus();
    long gap = vcpus - bound;
    return new Finding(
        Rule.LOWER_BOUND,
        Severity.INFO,
        "no deployment of the "
            + plan.summary().placedMachines()
            + " protectable machines that survives any "
            + k
            + " process server(s) of a site failing needs fewer than "
            + bound
            + " vCPUs (without failures: "
            + boundOfN
            + "); this plan uses "
            + vcpus
            + (gap == 0 ? ", which is optimal" : ", " + gap + " above that bound"),
        "");
  }

  /** Which way to N+K was taken and why, with its cost over the plan of N. */
  private Finding choice(Candidate best, Plan n, List<Candidate> candidates) {
    int extra = best.plan().summary().vcpus() - n.summary().vcpus();
    String failover =
        options.failoverHeadroomPercent() == 0
            ? "within their tiers' limits"
            : "within "
                + Units.percent(100 - options.failoverHeadroomPercent())
                + " of their tiers' limits (failover headroom)";
    String what =
        switch (best.kind()) {
          case AS_PLANNED -> asPlanned(failover);
          case HOT_SPARE -> hotSpare(best, n, extra, failover, candidates);
          case ACTIVE_ACTIVE -> activeActive(best, n, extra, failover, candidates);
        };
    return new Finding(Rule.FAILURE_TOLERANCE, Severity.INFO, what, SOURCE);
  }

  private String asPlanned(String failover) {
    return "as planned, any "
        + k
        + " process server(s) of a configuration server can fail: the others take their"
        + " machines "
        + failover
        + "; N+"
        + k
        + " costs nothing extra";
  }

  private String hotSpare(
      Candidate best, Plan n, int extra, String failover, List<Candidate> candidates) {
    return "hot spare: N+"
        + k
        + " costs "
        + best.spares().size()
        + " spare server(s): +"
        + extra
        + " vCPU, +"
        + (best.plan().summary().memoryGiB() - n.summary().memoryGiB())
        + " GiB memory, +"
        + (best.plan().summary().cacheDiskGiB() - n.summary().cacheDiskGiB())
        + " GiB cache disk ("
        + best.spares().stream().map(s -> s.id() + " " + s.tier()).collect(Collectors.joining(", "))
        + "); binding limit: the failed servers' machines and churn fit no cheaper"
        + " spare "
        + failover
        + "; "
        + other(candidates, Kind.ACTIVE_ACTIVE);
  }

  private String activeActive(
      Candidate best, Plan n, int extra, String failover, List<Candidate> candidates) {
    return "active-active: every server is planned to "
        + Units.percent(100 - best.headroom())
        + " of its tier's limits (headroom "
        + Units.percent(best.headroom())
        + " instead of "
        + Units.percent(base.headroomPercent())
        + "), so that when any "
        + k
        + " of a configuration server's process servers fail the others take their"
        + " machines "
        + failover
        + "; binding limit: "
        + binding(best.plan())
        + "; N+"
        + k
        + " costs +"
        + extra
        + " vCPU over the plan of N ("
        + n.summary().vcpus()
        + " vCPU); "
        + other(candidates, Kind.HOT_SPARE);
  }

  /** What the cheapest candidate of the other kind costs, as the reason it was not taken. */
  private String other(List<Candidate> candidates, Kind kind) {
    Candidate c =
        candidates.stream()
            .filter(x -> x.kind() == kind)
            .min(Comparator.comparing(x -> cost(x.plan()), order()))
            .orElse(null);
    String name = kind == Kind.HOT_SPARE ? "hot spares" : "an active-active plan";
    if (c == null) {
      return "no survivable plan with " + name + " was found";
    }
    Summary s = c.plan().summary();
    return name
        + " would need "
        + s.vcpus()
        + " vCPU on "
        + (s.configurationServers() + s.processServers())
        + " servers";
  }

  /**
   * The limit that binds when the k servers with the most room of the tightest domain fail: the
   * survivors' machines or churn, whichever they fill more, with the numbers.
   */
  private String binding(Plan plan) {
    String out = "none";
    double worst = -1;
    for (List<PlannedServer> domain : SurvivalCheck.domains(plan).values()) {
      List<Limits> limits = new ArrayList<>();
      int machines = 0;
      double churn = 0;
      for (PlannedServer s : domain) {
        limits.add(check.failoverLimits(s));
        machines += s.machines();
        churn += s.churnGiBPerDay();
      }
      limits.sort(Comparator.comparingInt(Limits::machines).reversed());
      List<Limits> left = limits.subList(Math.min(k, limits.size()), limits.size());
      int roomMachines = left.stream().mapToInt(Limits::machines).sum();
      double roomChurn = left.stream().mapToDouble(Limits::churnGiBPerDay).sum();
      if (roomMachines == 0) {
        continue;
      }
      double m = (double) machines / roomMachines;
      double c = churn / roomChurn;
      if (Math.max(m, c) > worst) {
        worst = Math.max(m, c);
        out =
            m >= c
                ? "machines (" + machines + " of the " + roomMachines + " the survivors may carry)"
                : "churn ("
                    + Units.churn(churn)
                    + " of the "
                    + Units.churn(roomChurn)
                    + " the survivors may carry)";
      }
    }
    return out;
  }

  private static Cost cost(Plan p) {
    Summary s = p.summary();
    return new Cost(
        s.vcpus(), s.configurationServers() + s.processServers(), s.memoryGiB(), s.cacheDiskGiB());
  }

  private Comparator<Cost> order() {
    return Cost.order(options.preference());
  }
}
