package org.asrsizing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.whatif.MonteCarlo;
import org.asrsizing.whatif.MonteCarloResult;

/**
 * Single-shot time of {@code MonteCarlo.run} against one plan of the same fleet, in one JVM, so the
 * two are compared side by side (issue 16: 10^5 machines x 2,000 trials within 10x a plan, 10^6 x
 * 100 within a minute). Each size is planned twice to warm up, then three plans are timed (their
 * median is the plan time) and one run. The system load average is printed with each row: on a
 * shared machine, compare the ratio within one run.
 *
 * <p>{@code --runs n} times {@code n} runs and prints the median time and the median ratio, each
 * run's ratio against a plan timed just after it (the plan column is the median of three plans
 * before the runs), and the median process CPU time of those plans and runs.
 *
 * <p>{@code --sizes 100000:2000,1000000:100 --cv 0.3 --confidence 95 --regime both --runs 1}
 */
public final class MonteCarloHarness {

  private MonteCarloHarness() {}

  private static double planTime(Workload w, Catalog catalog) {
    long t0 = System.nanoTime();
    Planner.plan(w, catalog, PlanOptions.defaults());
    return (System.nanoTime() - t0) / 1e6;
  }

  public static void main(String[] args) {
    String sizes = "100000:2000,1000000:100";
    double cv = 0.3;
    double confidence = 95;
    String regime = "both";
    int runs = 1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sizes" -> sizes = args[i + 1];
        case "--cv" -> cv = Double.parseDouble(args[i + 1]);
        case "--confidence" -> confidence = Double.parseDouble(args[i + 1]);
        case "--regime" -> regime = args[i + 1];
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Catalog catalog = BenchCatalogs.load(BenchCatalogs.CLASSIC);
    System.out.printf(
        Locale.ROOT,
        "cores %d, heap limit %.0f MiB, cv %s, confidence %s %%, lognormal-%s seed 1, %s%n",
        Runtime.getRuntime().availableProcessors(),
        HeapPeak.maxMiB(),
        cv,
        confidence,
        regime,
        catalog.id());
    System.out.println(
        "machines  trials  plan-ms  montecarlo-ms  ratio  base-holds%  holds-headroom%  peak-heap-MiB"
            + "  load  plan-cpu-ms  montecarlo-cpu-ms");
    for (String size : sizes.split(",")) {
      int machines = Integer.parseInt(size.split(":")[0]);
      int trials = Integer.parseInt(size.split(":")[1]);
      Workload w =
          Workload.of(
              InstanceGenerator.generate(
                  new InstanceSpec(
                      ChurnDistribution.of("lognormal"), Regime.of(regime), machines, 1)));
      for (int warm = 0; warm < 2; warm++) {
        Planner.plan(w, catalog, PlanOptions.defaults());
      }
      double[] planTimes = new double[3];
      for (int k = 0; k < planTimes.length; k++) {
        long t0 = System.nanoTime();
        Planner.plan(w, catalog, PlanOptions.defaults());
        planTimes[k] = (System.nanoTime() - t0) / 1e6;
      }
      java.util.Arrays.sort(planTimes);
      double planMs = planTimes[1];
      HeapPeak.reset();
      // On a shared machine one run can wait for the cores: the median of several, each run's
      // ratio against a plan timed just after it, so that both see about the same load; process
      // CPU time (every thread) varies less with the load than wall time.
      List<Double> mcTimes = new ArrayList<>();
      List<Double> mcCpu = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      List<Double> planCpu = new ArrayList<>();
      MonteCarloResult r = null;
      for (int k = 0; k < runs; k++) {
        long c0 = EndToEndHarness.processCpuNanos();
        long t1 = System.nanoTime();
        r = MonteCarlo.run(w, catalog, PlanOptions.defaults(), cv, trials, 1, confidence);
        mcTimes.add((System.nanoTime() - t1) / 1e6);
        mcCpu.add((EndToEndHarness.processCpuNanos() - c0) / 1e6);
        long c1 = EndToEndHarness.processCpuNanos();
        ratios.add(mcTimes.get(k) / planTime(w, catalog));
        planCpu.add((EndToEndHarness.processCpuNanos() - c1) / 1e6);
      }
      double mcMs = Median.of(mcTimes);
      System.out.printf(
          Locale.ROOT,
          "%8d  %6d  %7.0f  %13.0f  %5.1f  %11.1f  %15s  %13.0f  %4.1f  %11.0f  %14.0f%n",
          machines,
          trials,
          planMs,
          mcMs,
          Median.of(ratios),
          100 * r.plan().probabilityAllWithinLimits(),
          r.holds() == null ? "none" : String.valueOf(r.holds().headroomPercent()),
          HeapPeak.peakMiB(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Median.of(planCpu),
          Median.of(mcCpu));
    }
  }
}
