package org.asrsizing.bench;

import java.util.Arrays;
import java.util.Locale;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.whatif.PathChange;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.WorkloadGrowth;

/**
 * Single-shot time of {@code Timeline.compute} against one plan of month 0, in one JVM (issue 16:
 * 60 months of 10^5 machines within 10x a plan), and how much of it the plan afresh of every month
 * takes: the grown workload of each month planned on its own, as the timeline does to compare. Each
 * size is planned twice to warm up, then three plans are timed (their median is the plan time).
 * Options as {@code TimelineBenchmark}: headroom 20 %, machines +20 %/year, churn +30 %/year.
 *
 * <p>{@code --sizes 10000,100000 --months 60 --change ADD}
 */
public final class TimelineHarness {

  private TimelineHarness() {}

  public static void main(String[] args) {
    String sizes = "10000,100000";
    int months = 60;
    String change = "ADD";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sizes" -> sizes = args[i + 1];
        case "--months" -> months = Integer.parseInt(args[i + 1]);
        case "--change" -> change = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Catalog catalog = BenchCatalogs.load(BenchCatalogs.CLASSIC);
    PlanOptions options = PlanOptions.defaults().withHeadroomPercent(20);
    System.out.printf(
        Locale.ROOT,
        "cores %d, %d months, %s, lognormal-both seed 1, %s%n",
        Runtime.getRuntime().availableProcessors(),
        months,
        change,
        catalog.id());
    System.out.println(
        "machines  plan-ms  timeline-ms  ratio  afresh-plans-ms  afresh-share%  rest-ms  load");
    for (String size : sizes.split(",")) {
      int machines = Integer.parseInt(size);
      Workload w =
          Workload.of(
              InstanceGenerator.generate(
                  new InstanceSpec(
                      ChurnDistribution.of("lognormal"), Regime.of("both"), machines, 1)));
      for (int warm = 0; warm < 2; warm++) {
        Planner.plan(w, catalog, options);
      }
      double[] planTimes = new double[3];
      for (int k = 0; k < planTimes.length; k++) {
        long t0 = System.nanoTime();
        Planner.plan(w, catalog, options);
        planTimes[k] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(planTimes);
      double planMs = planTimes[1];
      long t1 = System.nanoTime();
      Timeline.compute(
          w,
          catalog,
          options,
          new Timeline.Growth(20, 30, months, null),
          PathChange.valueOf(change));
      double timelineMs = (System.nanoTime() - t1) / 1e6;
      long t2 = System.nanoTime();
      for (int m = 0; m <= months; m++) {
        Workload grown =
            WorkloadGrowth.grow(w, WorkloadGrowth.factor(20, m), WorkloadGrowth.factor(30, m));
        Planner.plan(grown, catalog, options);
      }
      double afreshMs = (System.nanoTime() - t2) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%8d  %7.0f  %11.0f  %5.1f  %15.0f  %13.0f  %7.0f  %4.1f%n",
          machines,
          planMs,
          timelineMs,
          timelineMs / planMs,
          afreshMs,
          100 * afreshMs / timelineMs,
          timelineMs - afreshMs,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
