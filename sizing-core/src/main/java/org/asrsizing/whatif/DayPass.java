package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;

/**
 * One pass over the simulated days for several plans of the same workload at once. Each day draws
 * one churn per carrying server from its {@link ServerChurn}, so a day costs one draw per server,
 * not per machine. Every day has its own random stream and every plan draws the day from the start
 * of it, so server s takes the same normal draw on a day in every plan that has a server s (common
 * random numbers) and a plan's days do not depend on the plans simulated with it. Days are worked
 * on in blocks of {@link MonteCarlo#BLOCK_TRIALS} in parallel and each block writes only its own
 * days, so nothing depends on the thread count.
 *
 * <p>A search pass keeps, per plan, only whether all servers held on each day, but for the given
 * plan, which keeps every server's days (for the 95th percentiles); those of the plan that holds
 * are drawn again, the same, once it is found. Memory grows with trials x plans plus one shown
 * plan's servers x trials.
 */
final class DayPass {

  /** Search passes made by this thread's runs; lets a test count passes, not time. */
  static final ThreadLocal<int[]> PASSES = ThreadLocal.withInitial(() -> new int[1]);

  /** Server-days drawn by this thread's runs (days drawn x servers, over plans); for tests. */
  static final ThreadLocal<long[]> DRAWS = ThreadLocal.withInitial(() -> new long[1]);

  /** A plan as a pass simulates it: which server carries each machine, and its days. */
  static final class Trial {
    final Deployment deployment;
    final List<PlannedServer> carrying;
    final int[] serverOf;
    final double[] limits;
    final ServerChurn churn;
    private final int trials;
    private final RandomProviderState[] days;
    private double[][] loads;
    private boolean kept;
    private boolean[] allHold;
    private final int failuresAllowed;
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean stopped;
    private SimulatedPlan result;

    /**
     * {@code serverOf[i]} is the carrying server of machine {@code i} (by the simulation's index),
     * -1 when none, and {@code churn} their servers' daily churn; its days are drawn from the
     * streams {@code days} ({@link MonteCarlo#dayStreams}), one per day, and the trial stops
     * drawing once more than {@code failuresAllowed} days failed.
     */
    Trial(
        Plan plan,
        List<PlannedServer> carrying,
        int[] serverOf,
        double[] limits,
        ServerChurn churn,
        RandomProviderState[] days,
        int failuresAllowed) {
      this.deployment = Deployment.of(plan);
      this.carrying = carrying;
      this.serverOf = serverOf;
      this.limits = limits;
      this.churn = churn;
      this.trials = days.length;
      this.days = days;
      this.failuresAllowed = failuresAllowed;
    }

    /**
     * Whether it stopped early: then more days failed than it allowed, whichever block counted them
     * first, and its days are incomplete. Otherwise every day was drawn.
     */
    boolean stopped() {
      return stopped;
    }

    int daysAllHold() {
      int all = 0;
      for (boolean b : allHold) {
        all += b ? 1 : 0;
      }
      return all;
    }

    /**
     * Its statistics over every day: unless its search pass kept them ({@link #keepDays}), its days
     * are drawn again, the same, keeping every server's churn, which needs trials x carrying
     * servers at most {@link MonteCarlo#MAX_SERVER_DAYS}.
     */
    SimulatedPlan result(double headroomPercent) {
      if (result != null && result.headroomPercent() == headroomPercent) {
        return result;
      }
      if (!kept) {
        checkShowable(headroomPercent);
        loads = new double[carrying.size()][trials];
        allHold = new boolean[trials];
        pass(new Trial[] {this}, true);
      }
      List<ServerOdds> odds = new ArrayList<>();
      for (int s = 0; s < carrying.size(); s++) {
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
      loads = null;
      kept = false;
      result =
          new SimulatedPlan(headroomPercent, deployment, (double) daysAllHold() / trials, odds);
      return result;
    }

    /**
     * Refuses a plan to be shown with more server-days than {@link MonteCarlo#MAX_SERVER_DAYS}; the
     * message names {@code headroomPercent} and the trials it allows.
     */
    /**
     * Keeps every server's churn on every day of its next search pass, so that showing it needs no
     * second pass; for a plan that is always shown and never stops (the given plan).
     */
    void keepDays(double headroomPercent) {
      checkShowable(headroomPercent);
      loads = new double[carrying.size()][trials];
    }

    void checkShowable(double headroomPercent) {
      if ((long) trials * carrying.size() > MonteCarlo.MAX_SERVER_DAYS) {
        throw new MonteCarlo.TooManyServerDays(headroomPercent, carrying.size(), trials);
      }
    }
  }

  private DayPass() {}

  /**
   * Simulates every day of every trial at once (trials of one run, on the same days), keeping
   * whether all servers held on each day.
   */
  static void run(List<Trial> plans) {
    PASSES.get()[0]++;
    Trial[] all = plans.toArray(new Trial[0]);
    for (Trial t : all) {
      t.allHold = new boolean[t.trials];
    }
    pass(all, false);
    for (Trial t : all) {
      t.kept = t.loads != null && !t.stopped;
    }
  }

  /** The days of {@code plans}: each server's churn ({@code keep}) or whether all held. */
  private static void pass(Trial[] plans, boolean keep) {
    RandomProviderState[] days = plans[0].days;
    int trials = days.length;
    int blocks = MonteCarlo.blocks(trials);
    long[] drawn = new long[blocks];
    IntStream.range(0, blocks)
        .parallel()
        .forEach(b -> drawn[b] = block(days, b, trials, plans, keep));
    DRAWS.get()[0] += LongStream.of(drawn).sum();
  }

  /** Simulates block {@code b}'s days of every plan; returns how many server-days it drew. */
  private static long block(
      RandomProviderState[] streams, int b, int trials, Trial[] plans, boolean keep) {
    // Its state is each day's stream in turn, so the seed it starts from does not matter.
    RestorableUniformRandomProvider rng = MonteCarlo.generator(0);
    int first = b * MonteCarlo.BLOCK_TRIALS;
    int end = Math.min(trials, first + MonteCarlo.BLOCK_TRIALS);
    long drawn = 0;
    for (Trial plan : plans) {
      double[] day = new double[plan.churn.servers()];
      for (int t = first; t < end && (keep || !plan.stopped); t++) {
        rng.restoreState(streams[t]);
        draw(plan.churn, ZigguratSampler.NormalizedGaussian.of(rng), day);
        drawn += day.length;
        if (keep) {
          store(plan, day, t);
        } else {
          record(plan, day, t);
        }
      }
    }
    return drawn;
  }

  /** One day of every server of {@code churn}, into {@code day}. */
  static void draw(ServerChurn churn, ZigguratSampler.NormalizedGaussian gauss, double[] day) {
    for (int s = 0; s < day.length; s++) {
      double z = gauss.sample();
      day[s] = churn.none(s) ? 0 : churn.value(s, z);
    }
  }

  /** Counts a failed day of {@code plan} and stops it once more failed than it allows. */
  private static void record(Trial plan, double[] day, int t) {
    if (plan.stopped) {
      return;
    }
    if (!store(plan, day, t) && plan.failed.incrementAndGet() > plan.failuresAllowed) {
      plan.stopped = true;
    }
  }

  /** Keeps day {@code t} of {@code plan}: whether all held, and each server's churn if kept. */
  private static boolean store(Trial plan, double[] day, int t) {
    boolean all = true;
    for (int s = 0; s < day.length; s++) {
      all &= day[s] <= plan.limits[s];
    }
    if (plan.loads != null) {
      for (int s = 0; s < day.length; s++) {
        plan.loads[s][t] = day[s];
      }
    }
    plan.allHold[t] = all;
    return all;
  }
}
