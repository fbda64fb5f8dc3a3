package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * Day-to-day variation of churn. Each simulated day draws every machine's churn from a lognormal
 * distribution whose mean is the machine's churn and whose coefficient of variation is {@code
 * churnCv} (sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2), with a seeded {@link Well19937c}.
 * A server holds on a day when the churn of its machines is within its tier's published limit
 * (headroom is a planning margin, not a limit; machine counts do not vary).
 *
 * <p>The plan that holds: the plans with headroom h, h + 1, ... percent (h the options' headroom)
 * are simulated on the same days (common random numbers), and the first whose probability that
 * every server holds at once reaches the confidence is returned. Headroom only adds capacity, so
 * the first plan that holds is the cheapest of this family.
 */
public final class MonteCarlo {

  /** The most draws (trials x machines) one run makes, to bound time and memory. */
  public static final long MAX_DRAWS = 5_000_000;

  /** The largest coefficient of variation accepted. */
  public static final double MAX_CV = 10;

  /** The largest headroom tried, percent. */
  public static final int MAX_HEADROOM = 95;

  private final Catalog catalog;
  private final Workload workload;
  private final List<Machine> machines;
  private final Map<String, Integer> index = new HashMap<>();
  private final double[][] days;

  private MonteCarlo(Catalog catalog, Workload workload, double cv, int trials, long seed) {
    this.catalog = catalog;
    this.workload = workload;
    this.machines =
        workload.machines().stream().sorted(java.util.Comparator.comparing(Machine::name)).toList();
    for (int i = 0; i < machines.size(); i++) {
      index.put(machines.get(i).name(), i);
    }
    this.days = draw(machines, cv, trials, seed);
  }

  /** Checks a run's parameters; the message names the range. */
  public static void check(int machines, double cv, int trials, double confidencePercent) {
    if (!Double.isFinite(cv) || cv <= 0 || cv > MAX_CV) {
      throw new IllegalArgumentException(
          "the churn coefficient of variation must be above 0 and at most " + (int) MAX_CV);
    }
    if (trials < 1 || (long) trials * machines > MAX_DRAWS) {
      throw new IllegalArgumentException(
          "trials must be at least 1 and trials x machines at most "
              + MAX_DRAWS
              + " (here at most "
              + Math.max(1, MAX_DRAWS / machines)
              + ")");
    }
    if (!Double.isFinite(confidencePercent) || confidencePercent <= 0 || confidencePercent >= 100) {
      throw new IllegalArgumentException(
          "the confidence must be a percentage above 0 and below 100");
    }
  }

  /**
   * Simulates {@code trials} days of {@code workload} planned with {@code options}, and finds the
   * plan that holds with {@code confidencePercent}. Same arguments, same result.
   */
  public static MonteCarloResult run(
      Workload workload,
      Catalog catalog,
      PlanOptions options,
      double churnCv,
      int trials,
      long seed,
      double confidencePercent) {
    check(workload.machineCount(), churnCv, trials, confidencePercent);
    MonteCarlo mc = new MonteCarlo(catalog, workload, churnCv, trials, seed);
    SimulatedPlan base = mc.simulate(options);
    SimulatedPlan holds = null;
    double target = confidencePercent / 100;
    for (int h = (int) Math.ceil(options.headroomPercent()); h <= MAX_HEADROOM; h++) {
      SimulatedPlan candidate =
          h == options.headroomPercent() ? base : mc.simulate(options.withHeadroomPercent(h));
      if (candidate.deployment().unplacedMachines() == 0
          && candidate.probabilityAllWithinLimits() >= target) {
        holds = candidate;
        break;
      }
    }
    return new MonteCarloResult(
        method(churnCv), churnCv, trials, seed, confidencePercent, base, holds);
  }

  static String method(double cv) {
    return "each simulated day draws every machine's churn from a lognormal with the machine's"
        + " churn as mean and coefficient of variation "
        + org.asrsizing.model.Units.number(cv, 3)
        + ", or the spread that puts its 95th percentile at its p95 churn where the inventory"
        + " gives one (seeded Well19937c); a server holds when its day's churn is within its tier's"
        + " published limit; the plan that holds is the first of the plans with 1 % more"
        + " headroom each, simulated on the same days, in which all servers hold on at least the"
        + " confidence share of days";
  }

  /**
   * trials x machines daily churns, drawn machine by machine within each day. A machine with a p95
   * churn above its churn gets the spread that puts its 95th percentile there; the others get the
   * coefficient of variation {@code cv}.
   */
  static double[][] draw(List<Machine> machines, double cv, int trials, long seed) {
    RandomGenerator rng = new Well19937c(seed);
    double sigmaOfCv = Math.sqrt(Math.log1p(cv * cv));
    LogNormalDistribution[] dist = new LogNormalDistribution[machines.size()];
    Map<List<Double>, LogNormalDistribution> byShape = new HashMap<>();
    for (int i = 0; i < dist.length; i++) {
      Machine machine = machines.get(i);
      double mean = machine.churnGiBPerDay();
      if (mean > 0) {
        double sigma = sigmaOfP95(mean, machine.churnP95GiBPerDay(), sigmaOfCv);
        dist[i] =
            byShape.computeIfAbsent(
                List.of(mean, sigma),
                key ->
                    new LogNormalDistribution(
                        rng,
                        Math.log(mean) - sigma * sigma / 2,
                        sigma,
                        LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY));
      }
    }
    double[][] days = new double[trials][machines.size()];
    for (int t = 0; t < trials; t++) {
      for (int i = 0; i < dist.length; i++) {
        days[t][i] = dist[i] == null ? 0 : dist[i].sample();
      }
    }
    return days;
  }

  /** The z-score of the 95th percentile of a normal distribution. */
  private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.95);

  /**
   * The shape parameter of a lognormal with this mean whose 95th percentile is {@code p95}: the
   * smaller root of sigma^2 / 2 - z95 sigma + ln(p95 / mean) = 0. Without a usable p95 (unknown,
   * not above the mean, or beyond what a lognormal with this mean reaches), {@code fallback}.
   */
  static double sigmaOfP95(double mean, Double p95, double fallback) {
    if (p95 == null || p95 <= mean) {
      return fallback;
    }
    double discriminant = Z95 * Z95 - 2 * Math.log(p95 / mean);
    return discriminant < 0 ? Z95 : Z95 - Math.sqrt(discriminant);
  }

  private SimulatedPlan simulate(PlanOptions options) {
    Plan plan = Planner.plan(workload, catalog, options);
    List<PlannedServer> carrying = new ArrayList<>();
    plan.configurationServers().stream().filter(PlannedServer::replicates).forEach(carrying::add);
    carrying.addAll(plan.processServers());
    int trials = days.length;
    double[][] loads = new double[carrying.size()][trials];
    boolean[] allHold = new boolean[trials];
    java.util.Arrays.fill(allHold, true);
    List<ServerOdds> odds = new ArrayList<>();
    for (int s = 0; s < carrying.size(); s++) {
      PlannedServer server = carrying.get(s);
      int[] members = server.assignedMachines().stream().mapToInt(index::get).toArray();
      double limit = publishedLimit(server);
      int held = 0;
      for (int t = 0; t < trials; t++) {
        double load = 0;
        for (int i : members) {
          load += days[t][i];
        }
        loads[s][t] = load;
        if (load <= limit) {
          held++;
        } else {
          allHold[t] = false;
        }
      }
      odds.add(
          new ServerOdds(
              server.id(),
              server.tier(),
              server.machines(),
              server.churnGiBPerDay(),
              limit,
              new Percentile().evaluate(loads[s], 95),
              (double) held / trials));
    }
    int all = 0;
    for (boolean b : allHold) {
      all += b ? 1 : 0;
    }
    return new SimulatedPlan(
        options.headroomPercent(), Deployment.of(plan), (double) all / trials, odds);
  }

  private double publishedLimit(PlannedServer server) {
    List<Tier> tiers =
        server.role() == ServerRole.PROCESS_SERVER
            ? catalog.processServerTiers()
            : catalog.configurationServerTiers();
    return tiers.stream()
        .filter(t -> t.name().equals(server.tier()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no tier " + server.tier()))
        .maxChurnGiBPerDay();
  }
}
