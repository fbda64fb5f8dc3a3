package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;

/**
 * One pass over the simulated days for several plans of the same workload at once. Each day draws
 * one churn per carrying server from its {@link ServerChurn}, so a day costs one draw per server,
 * not per machine. Days come in blocks of {@link MonteCarlo#BLOCK_TRIALS}, each from its own
 * stream; every plan draws a block's days from the start of that block's stream (server s on a day
 * takes the same normal draw in every plan with at least s servers: common random numbers), so a
 * plan's days do not depend on the plans simulated with it. Blocks run in parallel and each writes
 * only its own days, so nothing depends on the thread count.
 */
final class DayPass {

  /** Passes made by this thread's runs; lets a test count passes, not time. */
  static final ThreadLocal<int[]> PASSES = ThreadLocal.withInitial(() -> new int[1]);

  /** Server-days drawn by this thread's runs (days drawn x servers, over plans); for tests. */
  static final ThreadLocal<long[]> DRAWS = ThreadLocal.withInitial(() -> new long[1]);

  /** A plan as a pass simulates it: which server carries each machine, and each server's days. */
  static final class Trial {
    final Deployment deployment;
    final List<PlannedServer> carrying;
    final int[] serverOf;
    final double[] limits;
    final ServerChurn churn;
    private final int trials;
    private double[][] loads;
    private boolean[] allHold;
    private final int failuresAllowed;
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * {@code serverOf[i]} is the carrying server of machine {@code i} (by the simulation's index),
     * -1 when none, and {@code churn} their servers' daily churn; the trial stops drawing once more
     * than {@code failuresAllowed} days failed.
     */
    Trial(
        Plan plan,
        List<PlannedServer> carrying,
        int[] serverOf,
        double[] limits,
        ServerChurn churn,
        int trials,
        int failuresAllowed) {
      this.deployment = Deployment.of(plan);
      this.carrying = carrying;
      this.serverOf = serverOf;
      this.limits = limits;
      this.churn = churn;
      this.trials = trials;
      this.failuresAllowed = failuresAllowed;
    }

    /**
     * Whether it stopped early: then more days failed than it allowed, whichever block counted them
     * first, and its days are incomplete. Otherwise every day was drawn.
     */
    boolean stopped() {
      return stopped;
    }

    /** Its days are kept only once it is simulated. */
    private void allocate() {
      if (loads == null) {
        loads = new double[carrying.size()][trials];
        allHold = new boolean[trials];
      }
    }

    int daysAllHold() {
      int all = 0;
      for (boolean b : allHold) {
        all += b ? 1 : 0;
      }
      return all;
    }

    /** Its statistics; only for a trial that did not stop. */
    SimulatedPlan result(double headroomPercent) {
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
      return new SimulatedPlan(headroomPercent, deployment, (double) daysAllHold() / trials, odds);
    }
  }

  private DayPass() {}

  /** Simulates {@code trials} days of every trial at once, from the streams of {@code seed}. */
  static void run(int trials, long seed, List<Trial> plans) {
    PASSES.get()[0]++;
    int blocks = MonteCarlo.blocks(trials);
    List<UniformRandomProvider> streams = MonteCarlo.streams(seed, blocks);
    Trial[] all = plans.toArray(new Trial[0]);
    for (Trial t : all) {
      t.allocate();
    }
    long[] drawn = new long[blocks];
    IntStream.range(0, blocks)
        .parallel()
        .forEach(b -> drawn[b] = block(streams.get(b), b, trials, all));
    DRAWS.get()[0] += LongStream.of(drawn).sum();
  }

  /** Simulates block {@code b}'s days of every plan; returns how many server-days it drew. */
  private static long block(UniformRandomProvider stream, int b, int trials, Trial[] plans) {
    RestorableUniformRandomProvider rng = (RestorableUniformRandomProvider) stream;
    RandomProviderState start = rng.saveState();
    int first = b * MonteCarlo.BLOCK_TRIALS;
    int end = Math.min(trials, first + MonteCarlo.BLOCK_TRIALS);
    long drawn = 0;
    for (Trial plan : plans) {
      rng.restoreState(start);
      ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
      double[] day = new double[plan.churn.servers()];
      for (int t = first; t < end && !plan.stopped; t++) {
        draw(plan.churn, gauss, day);
        drawn += day.length;
        record(plan, day, t);
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

  private static void record(Trial plan, double[] day, int t) {
    if (plan.stopped) {
      return;
    }
    boolean all = true;
    for (int s = 0; s < day.length; s++) {
      plan.loads[s][t] = day[s];
      all &= day[s] <= plan.limits[s];
    }
    plan.allHold[t] = all;
    if (!all && plan.failed.incrementAndGet() > plan.failuresAllowed) {
      plan.stopped = true;
    }
  }
}
