package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
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
 * Day-to-day variation of churn. Every machine's daily churn is a lognormal whose mean is the
 * machine's churn and whose coefficient of variation is {@code churnCv} (sigma^2 = ln(1 + cv^2), mu
 * = ln(mean) - sigma^2 / 2), or the spread that puts its 95th percentile at its p95 churn. Machines
 * matter only through the server they are on: each simulated day draws one churn per carrying
 * server from its {@link ServerChurn} (the shifted lognormal of the sum's mean, variance and
 * skewness; a one-machine server's own lognormal), shift + exp(mu + sigma z) with z from Commons
 * RNG's {@link ZigguratSampler.NormalizedGaussian} over a seeded {@code XO_RO_SHI_RO_128_PP} and
 * {@link StrictMath} (the same bits on every Java platform). A server holds on a day when its churn
 * is within its tier's published limit (headroom is a planning margin, not a limit; machine counts
 * do not vary).
 *
 * <p>Every day draws from its own stream, the generator seeded with the seed and jumped once per
 * day (2^64 draws apart, so the days' streams never overlap). Days are worked on in blocks of
 * {@link #BLOCK_TRIALS} in parallel; each writes only its own days, so the result does not depend
 * on the number of threads. Time grows with servers x trials and with the plans the search makes,
 * never with machines x trials; memory with trials x plans and one shown plan's servers x trials
 * ({@link #MAX_SERVER_DAYS}).
 *
 * <p>The plan that holds: {@link HeadroomSearch} looks among plans with whole-percent headroom for
 * the first that places every machine and in which every server holds at once on at least the
 * confidence share of days, starting from a guess worked out from the given plan.
 */
public final class MonteCarlo {

  /** The most trials (simulated days). */
  public static final int MAX_TRIALS = 100_000;

  /**
   * The most server-days (trials x carrying servers) of a plan the output shows: it is simulated
   * keeping every server's churn on every day (for its 95th percentile), 8 bytes each, so this
   * bounds that memory to 200 MB.
   */
  public static final long MAX_SERVER_DAYS = 25_000_000;

  /**
   * Simulated days per block, the unit of parallel work: small enough that 100 days keep several
   * cores busy.
   */
  static final int BLOCK_TRIALS = 10;

  /** The largest coefficient of variation accepted. */
  public static final double MAX_CV = 10;

  /** The largest headroom tried, percent. */
  public static final int MAX_HEADROOM = 95;

  private final Catalog catalog;
  private final Workload workload;
  private final Map<String, Integer> index = new HashMap<>();
  private final MachineChurn machineChurn;
  private final int trials;
  private final long seed;
  private final RandomProviderState[] days;

  MonteCarlo(Catalog catalog, Workload workload, double cv, int trials, long seed) {
    this.catalog = catalog;
    this.workload = workload;
    List<Machine> machines =
        workload.machines().stream().sorted(java.util.Comparator.comparing(Machine::name)).toList();
    for (int i = 0; i < machines.size(); i++) {
      index.put(machines.get(i).name(), i);
    }
    this.machineChurn = new MachineChurn(machines, cv);
    this.trials = trials;
    this.seed = seed;
    this.days = dayStreams(seed, trials);
  }

  /** Checks a run's parameters; the message names the range. */
  public static void check(double cv, int trials, double confidencePercent) {
    if (!Double.isFinite(cv) || cv <= 0 || cv > MAX_CV) {
      throw new IllegalArgumentException(
          "the churn coefficient of variation must be above 0 and at most " + (int) MAX_CV);
    }
    if (trials < 1 || trials > MAX_TRIALS) {
      throw new IllegalArgumentException(
          "trials must be at least 1 and at most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_TRIALS));
    }
    if (!Double.isFinite(confidencePercent) || confidencePercent <= 0 || confidencePercent >= 100) {
      throw new IllegalArgumentException(
          "the confidence must be a percentage above 0 and below 100");
    }
  }

  /**
   * A plan with too many servers for the trials: trials x carrying servers above {@link
   * #MAX_SERVER_DAYS}. Its message says how many trials the plan allows.
   */
  public static final class TooManyServerDays extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TooManyServerDays(double headroomPercent, int servers, int trials) {
      super(
          "trials x carrying servers must be at most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_SERVER_DAYS)
              + ", to bound memory: the plan at "
              + org.asrsizing.model.Units.number(headroomPercent, 2)
              + " % headroom has "
              + servers
              + " carrying servers, so at most "
              + MAX_SERVER_DAYS / servers
              + " trials");
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
    check(churnCv, trials, confidencePercent);
    MonteCarlo mc = new MonteCarlo(catalog, workload, churnCv, trials, seed);
    HeadroomSearch family = new HeadroomSearch(mc, options, confidencePercent / 100);
    SimulatedPlan holds = search ? family.search() : family.scan();
    return new MonteCarloResult(
        method(churnCv), churnCv, trials, seed, confidencePercent, family.base(), holds);
  }

  /** Plans counted so far by this thread's runs; lets a test compare growth, not time. */
  static final ThreadLocal<int[]> PLANS = ThreadLocal.withInitial(() -> new int[1]);

  static String method(double cv) {
    return "every machine's daily churn is a lognormal with the machine's churn as mean and"
        + " coefficient of variation "
        + org.asrsizing.model.Units.number(cv, 3)
        + ", or the spread that puts its 95th percentile at its p95 churn where the inventory"
        + " gives one; each simulated day draws each server's churn, the sum of its machines', from"
        + " the shifted lognormal of the sum's mean, variance and skewness (a one-machine server's"
        + " own lognormal; seeded XO_RO_SHI_RO_128_PP with ziggurat normal draws, one stream per"
        + " day); a server holds when its day's churn is within its tier's published limit; the"
        + " plan that holds is the one of least whole-percent headroom, found by a search over the"
        + " headroom from a guess worked out from the given plan, assuming more headroom never"
        + " holds less often, whose plan, simulated on the same days, places every machine and in"
        + " which all servers hold on at least the confidence share of days";
  }

  /**
   * trials x servers daily churns of {@code churn}, drawn server by server within each day from the
   * day's stream, as the simulation draws them; for tests.
   */
  static double[][] days(ServerChurn churn, int trials, long seed) {
    double[][] days = new double[trials][churn.servers()];
    RandomProviderState[] streams = dayStreams(seed, trials);
    RestorableUniformRandomProvider rng = generator(seed);
    for (int t = 0; t < trials; t++) {
      rng.restoreState(streams[t]);
      DayPass.draw(churn, ZigguratSampler.NormalizedGaussian.of(rng), days[t]);
    }
    return days;
  }

  static int blocks(int trials) {
    return (trials + BLOCK_TRIALS - 1) / BLOCK_TRIALS;
  }

  /** The seed's generator, {@code XO_RO_SHI_RO_128_PP}. */
  static RestorableUniformRandomProvider generator(long seed) {
    return (RestorableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }

  /**
   * The state each day's stream starts from: day t's is the seed's generator jumped t times (2^64
   * draws apart, so the days' streams never overlap).
   */
  static RandomProviderState[] dayStreams(long seed, int trials) {
    JumpableUniformRandomProvider first = (JumpableUniformRandomProvider) generator(seed);
    RandomProviderState[] days = new RandomProviderState[trials];
    for (int t = 0; t < trials; t++) {
      days[t] = ((RestorableUniformRandomProvider) first.jump()).saveState();
    }
    return days;
  }

  /**
   * The lognormal of every machine. A machine with a p95 churn above its churn gets the spread that
   * puts its 95th percentile there; the others get the coefficient of variation {@code cv}.
   */
  static final class MachineChurn {
    private final double[] scale;
    private final double[] shape;
    private final boolean[] none;

    MachineChurn(List<Machine> machines, double cv) {
      double sigmaOfCv = StrictMath.sqrt(StrictMath.log1p(cv * cv));
      int n = machines.size();
      scale = new double[n];
      shape = new double[n];
      none = new boolean[n];
      for (int i = 0; i < n; i++) {
        Machine machine = machines.get(i);
        double mean = machine.churnGiBPerDay();
        if (mean > 0) {
          double sigma = sigmaOfP95(mean, machine.churnP95GiBPerDay(), sigmaOfCv);
          scale[i] = StrictMath.log(mean) - sigma * sigma / 2;
          shape[i] = sigma;
        } else {
          none[i] = true;
        }
      }
    }

    /** Machine {@code i}'s mean churn. */
    double mean(int i) {
      return none[i] ? 0 : StrictMath.exp(scale[i] + shape[i] * shape[i] / 2);
    }

    /** The variance of machine {@code i}'s churn. */
    double variance(int i) {
      double m = mean(i);
      return m * m * StrictMath.expm1(shape[i] * shape[i]);
    }

    /** The third central moment of machine {@code i}'s churn. */
    double thirdCentralMoment(int i) {
      double m = mean(i);
      double w1 = StrictMath.expm1(shape[i] * shape[i]);
      return m * m * m * w1 * w1 * (w1 + 3);
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
    double discriminant = Z95 * Z95 - 2 * StrictMath.log(p95 / mean);
    return discriminant < 0 ? Z95 : Z95 - StrictMath.sqrt(discriminant);
  }

  int trials() {
    return trials;
  }

  MachineChurn machineChurn() {
    return machineChurn;
  }

  long seed() {
    return seed;
  }

  /** The plan of {@code options}, counted. */
  Plan plan(PlanOptions options) {
    PLANS.get()[0]++;
    return Planner.plan(workload, catalog, options);
  }

  /**
   * The plans of {@code options} ready to be simulated ({@code null} for one that does not place
   * every machine), counted. A plan runs on one core, so several are planned in parallel; each
   * depends only on its options, so the result does not depend on the number of threads.
   */
  List<DayPass.Trial> trials(List<PlanOptions> options, int failuresAllowed) {
    PLANS.get()[0] += options.size();
    return options.parallelStream()
        .map(o -> placing(Planner.plan(workload, catalog, o), failuresAllowed))
        .toList();
  }

  /** {@code plan} ready to be simulated; {@code null} when it does not place every machine. */
  DayPass.Trial placing(Plan plan, int failuresAllowed) {
    return plan.summary().unplacedMachines() > 0 ? null : trial(plan, failuresAllowed);
  }

  /** {@code plan} ready to be simulated; it stops once more than {@code failuresAllowed} fail. */
  DayPass.Trial trial(Plan plan, int failuresAllowed) {
    List<PlannedServer> carrying = new ArrayList<>();
    plan.configurationServers().stream().filter(PlannedServer::replicates).forEach(carrying::add);
    carrying.addAll(plan.processServers());
    int[] serverOf = new int[machineChurn.machines()];
    java.util.Arrays.fill(serverOf, -1);
    double[] limits = new double[carrying.size()];
    for (int s = 0; s < carrying.size(); s++) {
      for (String machine : carrying.get(s).assignedMachines()) {
        serverOf[index.get(machine)] = s;
      }
      limits[s] = publishedLimit(carrying.get(s));
    }
    ServerChurn churn = ServerChurn.of(serverOf, carrying.size(), machineChurn);
    return new DayPass.Trial(plan, carrying, serverOf, limits, churn, days, failuresAllowed);
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
