package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.util.FastMath;
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
 * <p>Days come in fixed blocks of {@link #BLOCK_TRIALS}: block 0 draws from {@code new
 * Well19937c(seed)} (so a run of up to a block's days draws exactly what the single-stream
 * simulation did), block b from a generator seeded with (seed, b). Blocks run in parallel; each
 * writes only its own days and every sum is taken in the same order, so the result does not depend
 * on the number of threads. A block keeps one day of draws at a time: memory grows with machines
 * plus servers x trials, never with trials x machines. Every plan simulated draws the same days
 * again (common random numbers without storing them).
 *
 * <p>The plan that holds: plans with whole-percent headroom from h (the options' headroom, rounded
 * up) to {@link #MAX_HEADROOM} are searched for the first that places every machine and whose
 * probability that every server holds at once reaches the confidence. More headroom leaves more of
 * every limit free on the mean, but it packs the machines differently, so a plan with more headroom
 * can fail on a day a plan with less held: the probability is not monotone in headroom by
 * construction, and a machine may stop fitting at a large headroom. The search assumes the order
 * "fails, holds, does not place" along the headroom and finds its first "holds" by galloping then
 * bisection, so it plans O(log h*) times (h* the headroom found) instead of once per percent;
 * {@code MonteCarloTest} checks it against the scan of every percent on small fleets.
 */
public final class MonteCarlo {

  /**
   * The most draws (trials x machines) one run makes. It bounds time, not memory: each plan
   * simulated draws them all (docs/benchmarks.md has the time at 10^5 and 10^6 machines).
   */
  public static final long MAX_DRAWS = 250_000_000;

  /** The most trials (simulated days); with {@link #MAX_DRAWS} it bounds the run's time. */
  public static final int MAX_TRIALS = 100_000;

  /** Simulated days per block of one random stream; blocks are the unit of parallel work. */
  static final int BLOCK_TRIALS = 1000;

  /** The largest coefficient of variation accepted. */
  public static final double MAX_CV = 10;

  /** The largest headroom tried, percent. */
  public static final int MAX_HEADROOM = 95;

  private final Catalog catalog;
  private final Workload workload;
  private final Map<String, Integer> index = new HashMap<>();
  private final Draws draws;
  private final int trials;
  private final long seed;

  private MonteCarlo(Catalog catalog, Workload workload, double cv, int trials, long seed) {
    this.catalog = catalog;
    this.workload = workload;
    List<Machine> machines =
        workload.machines().stream().sorted(java.util.Comparator.comparing(Machine::name)).toList();
    for (int i = 0; i < machines.size(); i++) {
      index.put(machines.get(i).name(), i);
    }
    this.draws = new Draws(machines, cv);
    this.trials = trials;
    this.seed = seed;
  }

  /** Checks a run's parameters; the message names the range. */
  public static void check(int machines, double cv, int trials, double confidencePercent) {
    if (!Double.isFinite(cv) || cv <= 0 || cv > MAX_CV) {
      throw new IllegalArgumentException(
          "the churn coefficient of variation must be above 0 and at most " + (int) MAX_CV);
    }
    long most = Math.max(1, Math.min(MAX_TRIALS, MAX_DRAWS / Math.max(1, machines)));
    if (trials < 1 || trials > most) {
      throw new IllegalArgumentException(
          "trials must be at least 1, at most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_TRIALS)
              + " and trials x machines at most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_DRAWS)
              + ", to bound the time (here at most "
              + most
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
    return run(workload, catalog, options, churnCv, trials, seed, confidencePercent, true);
  }

  /** As {@link #run}; {@code search} false scans every percent (the reference the tests use). */
  static MonteCarloResult run(
      Workload workload,
      Catalog catalog,
      PlanOptions options,
      double churnCv,
      int trials,
      long seed,
      double confidencePercent,
      boolean search) {
    check(workload.machineCount(), churnCv, trials, confidencePercent);
    MonteCarlo mc = new MonteCarlo(catalog, workload, churnCv, trials, seed);
    HeadroomSearch family = new HeadroomSearch(mc, options, confidencePercent / 100);
    SimulatedPlan holds = search ? family.search() : family.scan();
    return new MonteCarloResult(
        method(churnCv), churnCv, trials, seed, confidencePercent, family.base(), holds);
  }

  /** Plans counted so far by this thread's runs; lets a test compare growth, not time. */
  static final ThreadLocal<int[]> PLANS = ThreadLocal.withInitial(() -> new int[1]);

  /** The plans of one headroom family, each planned and simulated at most once. */
  private static final class HeadroomSearch {
    private final MonteCarlo mc;
    private final PlanOptions options;
    private final double target;
    private final Map<Integer, SimulatedPlan> byHeadroom = new HashMap<>();
    private final Map<Integer, Boolean> decided = new HashMap<>();
    private final SimulatedPlan base;

    HeadroomSearch(MonteCarlo mc, PlanOptions options, double target) {
      this.mc = mc;
      this.options = options;
      this.target = target;
      this.base = mc.simulate(options, true);
    }

    SimulatedPlan base() {
      return base;
    }

    private SimulatedPlan at(int h) {
      if (h == options.headroomPercent()) {
        return base;
      }
      return byHeadroom.computeIfAbsent(h, k -> mc.simulate(options.withHeadroomPercent(k), false));
    }

    private boolean holds(SimulatedPlan p) {
      return p.deployment().unplacedMachines() == 0 && p.probabilityAllWithinLimits() >= target;
    }

    /**
     * Past the family's first plan that holds: it holds or no longer places every machine. Decided
     * without the plan's statistics: the days stop being drawn once too many fail for it to hold.
     */
    private boolean past(int h) {
      if (h == options.headroomPercent() || byHeadroom.containsKey(h)) {
        SimulatedPlan p = at(h);
        return p.deployment().unplacedMachines() > 0 || holds(p);
      }
      return decided.computeIfAbsent(h, k -> mc.decide(options.withHeadroomPercent(k), target));
    }

    /** Every percent in turn. */
    SimulatedPlan scan() {
      for (int h = (int) Math.ceil(options.headroomPercent()); h <= MAX_HEADROOM; h++) {
        if (holds(at(h))) {
          return at(h);
        }
      }
      return null;
    }

    /** Galloping (first, first + 1, + 3, + 7, ...) then bisection for the first plan past. */
    SimulatedPlan search() {
      int first = (int) Math.ceil(options.headroomPercent());
      if (first > MAX_HEADROOM) {
        return null;
      }
      int below = first - 1;
      int above = -1;
      for (int step = 1, h = first; ; step *= 2, h = Math.min(MAX_HEADROOM, first + step - 1)) {
        if (past(h)) {
          above = h;
          break;
        }
        below = h;
        if (h == MAX_HEADROOM) {
          return null;
        }
      }
      while (above - below > 1) {
        int mid = (below + above) >>> 1;
        if (past(mid)) {
          above = mid;
        } else {
          below = mid;
        }
      }
      return holds(at(above)) ? at(above) : null;
    }
  }

  static String method(double cv) {
    return "each simulated day draws every machine's churn from a lognormal with the machine's"
        + " churn as mean and coefficient of variation "
        + org.asrsizing.model.Units.number(cv, 3)
        + ", or the spread that puts its 95th percentile at its p95 churn where the inventory"
        + " gives one (seeded Well19937c, one stream per block of "
        + BLOCK_TRIALS
        + " days); a server holds when its day's churn is within its tier's published limit; the"
        + " plan that holds is the one of least whole-percent headroom, found by a search over the"
        + " headroom that assumes more headroom never holds less often, whose plan, simulated on"
        + " the same days, places every machine and in which all servers hold on at least the"
        + " confidence share of days";
  }

  /**
   * trials x machines daily churns, drawn machine by machine within each day, block by block as the
   * simulation draws them; for tests on a few machines.
   */
  static double[][] draw(List<Machine> machines, double cv, int trials, long seed) {
    Draws d = new Draws(machines, cv);
    double[][] days = new double[trials][machines.size()];
    for (int b = 0; b * BLOCK_TRIALS < trials; b++) {
      RandomGenerator rng = Draws.stream(seed, b);
      for (int t = b * BLOCK_TRIALS; t < Math.min(trials, (b + 1) * BLOCK_TRIALS); t++) {
        d.day(rng, days[t]);
      }
    }
    return days;
  }

  /**
   * The lognormal of every machine. A machine with a p95 churn above its churn gets the spread that
   * puts its 95th percentile there; the others get the coefficient of variation {@code cv}.
   */
  static final class Draws {
    private final double[] scale;
    private final double[] shape;
    private final boolean[] none;

    Draws(List<Machine> machines, double cv) {
      double sigmaOfCv = Math.sqrt(Math.log1p(cv * cv));
      int n = machines.size();
      scale = new double[n];
      shape = new double[n];
      none = new boolean[n];
      for (int i = 0; i < n; i++) {
        Machine machine = machines.get(i);
        double mean = machine.churnGiBPerDay();
        if (mean > 0) {
          double sigma = sigmaOfP95(mean, machine.churnP95GiBPerDay(), sigmaOfCv);
          scale[i] = Math.log(mean) - sigma * sigma / 2;
          shape[i] = sigma;
        } else {
          none[i] = true;
        }
      }
    }

    /** The random stream of block {@code b}: block 0 is the seed's own stream. */
    static RandomGenerator stream(long seed, int block) {
      return block == 0
          ? new Well19937c(seed)
          : new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, block});
    }

    /**
     * One day's draws into {@code row}; the same arithmetic as {@link
     * org.apache.commons.math3.distribution.LogNormalDistribution#sample()}, so the numbers are
     * those of a distribution object per machine sharing the stream.
     */
    void day(RandomGenerator rng, double[] row) {
      for (int i = 0; i < row.length; i++) {
        row[i] = none[i] ? 0 : FastMath.exp(scale[i] + shape[i] * rng.nextGaussian());
      }
    }

    int machines() {
      return scale.length;
    }
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

  /**
   * Whether the plan of {@code options} places every machine and all its servers hold on at least
   * {@code target} of the days. Every block stops drawing once more days failed than the target
   * allows, so a plan far from holding costs a fraction of its days; the answer does not depend on
   * which block counted a failure first.
   */
  private boolean decide(PlanOptions options, double target) {
    Plan plan = Planner.plan(workload, catalog, options);
    PLANS.get()[0]++;
    if (Deployment.of(plan).unplacedMachines() > 0) {
      return true;
    }
    int needed = (int) Math.ceil(target * trials);
    while (needed > 0 && (double) (needed - 1) / trials >= target) {
      needed--;
    }
    while ((double) needed / trials < target) {
      needed++;
    }
    Days days = new Days(plan, trials - needed);
    return !days.stopped && days.allHold() >= needed;
  }

  private SimulatedPlan simulate(PlanOptions options, boolean evenIfUnplaced) {
    Plan plan = Planner.plan(workload, catalog, options);
    Deployment deployment = Deployment.of(plan);
    PLANS.get()[0]++;
    List<PlannedServer> carrying = carrying(plan);
    if (!evenIfUnplaced && deployment.unplacedMachines() > 0) {
      // The search never takes such a plan; its days are not drawn.
      return new SimulatedPlan(options.headroomPercent(), deployment, 0, List.of());
    }
    Days days = new Days(plan, trials);
    double[][] loads = days.loads;
    double[] limits = days.limits;
    int servers = carrying.size();
    List<ServerOdds> odds = new ArrayList<>();
    for (int s = 0; s < servers; s++) {
      PlannedServer server = carrying.get(s);
      int held = 0;
      for (double load : loads[s]) {
        held += load <= limits[s] ? 1 : 0;
      }
      odds.add(
          new ServerOdds(
              server.id(),
              server.tier(),
              server.machines(),
              server.churnGiBPerDay(),
              limits[s],
              new Percentile().evaluate(loads[s], 95),
              (double) held / trials));
    }
    return new SimulatedPlan(
        options.headroomPercent(), deployment, (double) days.allHold() / trials, odds);
  }

  private static List<PlannedServer> carrying(Plan plan) {
    List<PlannedServer> carrying = new ArrayList<>();
    plan.configurationServers().stream().filter(PlannedServer::replicates).forEach(carrying::add);
    carrying.addAll(plan.processServers());
    return carrying;
  }

  /** The simulated days of one plan: each carrying server's load and whether all held. */
  private final class Days {
    final double[][] loads;
    final double[] limits;
    private final boolean[] allHold;
    private volatile boolean stopped;

    /** Draws every day, or stops once more than {@code failuresAllowed} days failed. */
    Days(Plan plan, int failuresAllowed) {
      List<PlannedServer> carrying = carrying(plan);
      int servers = carrying.size();
      int[][] members = new int[servers][];
      limits = new double[servers];
      for (int s = 0; s < servers; s++) {
        members[s] = carrying.get(s).assignedMachines().stream().mapToInt(index::get).toArray();
        limits[s] = publishedLimit(carrying.get(s));
      }
      loads = new double[servers][trials];
      allHold = new boolean[trials];
      java.util.concurrent.atomic.AtomicInteger failed =
          new java.util.concurrent.atomic.AtomicInteger();
      int blocks = (trials + BLOCK_TRIALS - 1) / BLOCK_TRIALS;
      IntStream.range(0, blocks)
          .parallel()
          .forEach(
              b -> {
                RandomGenerator rng = Draws.stream(seed, b);
                double[] row = new double[draws.machines()];
                for (int t = b * BLOCK_TRIALS;
                    t < Math.min(trials, (b + 1) * BLOCK_TRIALS) && !stopped;
                    t++) {
                  draws.day(rng, row);
                  boolean all = true;
                  for (int s = 0; s < servers; s++) {
                    double load = 0;
                    for (int i : members[s]) {
                      load += row[i];
                    }
                    loads[s][t] = load;
                    all &= load <= limits[s];
                  }
                  allHold[t] = all;
                  if (!all && failed.incrementAndGet() > failuresAllowed) {
                    stopped = true;
                  }
                }
              });
    }

    int allHold() {
      int all = 0;
      for (boolean b : allHold) {
        all += b ? 1 : 0;
      }
      return all;
    }
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
