package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;

/**
 * One pass over the simulated days for several plans of the same workload at once: each day draws
 * every machine's churn once and adds it to the server each plan puts the machine on, so plans
 * simulated together cost one set of draws (the draws are what a run spends its time on; the sums
 * are cheap). Days come in blocks of {@link MonteCarlo#BLOCK_TRIALS}, each from its own stream;
 * blocks run in parallel and each writes only its own days, so nothing depends on the thread count.
 */
final class DayPass {

  /** Passes made by this thread's runs; lets a test count passes, not time. */
  static final ThreadLocal<int[]> PASSES = ThreadLocal.withInitial(() -> new int[1]);

  /** Machine-days drawn by this thread's runs (days drawn x machines); for tests. */
  static final ThreadLocal<long[]> DRAWS = ThreadLocal.withInitial(() -> new long[1]);

  /** A plan as a pass simulates it: which server carries each machine, and each server's days. */
  static final class Trial {
    final Deployment deployment;
    final List<PlannedServer> carrying;
    final int[] serverOf;
    final double[] limits;
    private final int trials;
    private double[][] loads;
    private boolean[] allHold;
    private final int failuresAllowed;
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * {@code serverOf[i]} is the carrying server of machine {@code i} (by the simulation's index),
     * -1 when none; the trial stops drawing once more than {@code failuresAllowed} days failed.
     */
    Trial(
        Plan plan,
        List<PlannedServer> carrying,
        int[] serverOf,
        double[] limits,
        int trials,
        int failuresAllowed) {
      this.deployment = Deployment.of(plan);
      this.carrying = carrying;
      this.serverOf = serverOf;
      this.limits = limits;
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
  static void run(MonteCarlo.Draws draws, int trials, long seed, List<Trial> plans) {
    PASSES.get()[0]++;
    int blocks = MonteCarlo.blocks(trials);
    List<UniformRandomProvider> streams = MonteCarlo.streams(seed, blocks);
    Trial[] all = plans.toArray(new Trial[0]);
    for (Trial t : all) {
      t.allocate();
    }
    int[] days = new int[blocks];
    IntStream.range(0, blocks)
        .parallel()
        .forEach(b -> days[b] = block(draws, streams.get(b), b, trials, all));
    DRAWS.get()[0] += (long) IntStream.of(days).sum() * draws.machines();
  }

  /** Simulates block {@code b}'s days; returns how many it drew. */
  private static int block(
      MonteCarlo.Draws draws, UniformRandomProvider rng, int b, int trials, Trial[] plans) {
    ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
    int k = plans.length;
    double[][] day = new double[k][];
    int[][] serverOf = new int[k][];
    for (int p = 0; p < k; p++) {
      day[p] = new double[plans[p].carrying.size()];
      serverOf[p] = plans[p].serverOf;
    }
    int n = draws.machines();
    int end = Math.min(trials, (b + 1) * MonteCarlo.BLOCK_TRIALS);
    int t = b * MonteCarlo.BLOCK_TRIALS;
    for (; t < end && !allStopped(plans); t++) {
      for (double[] d : day) {
        java.util.Arrays.fill(d, 0);
      }
      for (int i = 0; i < n; i++) {
        if (draws.none(i)) {
          continue;
        }
        double v = draws.value(i, gauss.sample());
        for (int p = 0; p < k; p++) {
          int s = serverOf[p][i];
          if (s >= 0) {
            day[p][s] += v;
          }
        }
      }
      for (int p = 0; p < k; p++) {
        record(plans[p], day[p], t);
      }
    }
    return t - b * MonteCarlo.BLOCK_TRIALS;
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

  private static boolean allStopped(Trial[] plans) {
    for (Trial p : plans) {
      if (!p.stopped) {
        return false;
      }
    }
    return true;
  }
}
