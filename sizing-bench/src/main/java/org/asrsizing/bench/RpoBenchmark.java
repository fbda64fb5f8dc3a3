package org.asrsizing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.model.WriteSeries;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.whatif.BandwidthReport;
import org.asrsizing.whatif.RpoReport;
import org.asrsizing.whatif.SiteLinks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of the RPO side of {@code whatif bandwidth} on profiled write rates: merging every
 * machine's series per site and per server, the bisection for each target at 100, 99 and 90 % of
 * the samples, and the achieved RPO at a given link, for {@code machines} machines of {@code days}
 * days of 15-minute samples (1,000 x 30 = 2.88 million samples) on two sites. The series are
 * generated with a seed (a business-day wave, a nightly burst on one machine in ten, noise) and
 * planned once in the setup; the plan is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class RpoBenchmark {

  private static final long START = 19_844L * 86_400; // 2024-05-01T00:00
  private static final int STEP = 900;

  @Param({"1000"})
  public int machines;

  @Param({"30"})
  public int days;

  @Param({"1"})
  public long seed;

  private Plan plan;
  private List<WriteSeries> series;
  private RpoReport.Options options;

  @Setup(Level.Trial)
  public void prepare() {
    SplittableRandom random = new SplittableRandom(seed);
    int samples = days * 86_400 / STEP;
    series = new ArrayList<>(machines);
    List<Machine> list = new ArrayList<>(machines);
    for (int m = 0; m < machines; m++) {
      String name = String.format("vm-%05d", m);
      double base = 0.05 + random.nextDouble() * 0.6;
      boolean burst = m % 10 == 0;
      long[] t = new long[samples];
      double[] r = new double[samples];
      double sum = 0;
      for (int i = 0; i < samples; i++) {
        t[i] = START + (long) i * STEP;
        double hour = (i % 96) / 4.0;
        double wave = hour >= 8 && hour < 18 ? 1 + Math.sin(Math.PI * (hour - 8) / 10) : 0.5;
        double night = burst && hour >= 1 && hour < 2 ? 8 : 0;
        r[i] = base * (wave + night) * (0.9 + 0.2 * random.nextDouble());
        sum += r[i];
      }
      series.add(WriteSeries.of(name, t, r));
      String site = m % 4 == 0 ? "branch" : "hub";
      list.add(new Machine(name, sum / samples * 86_400 / 1024, null, site, null, null));
    }
    Catalog catalog = BenchCatalogs.load(BenchCatalogs.CLASSIC);
    plan = Planner.plan(Workload.of(list), catalog, PlanOptions.defaults());
    options =
        new RpoReport.Options(
            List.of(15.0), new SiteLinks(1000.0, java.util.Map.of()), List.of(), 30, 2);
  }

  @Benchmark
  public BandwidthReport rpo() {
    return BandwidthReport.of(plan, null, null, series, options);
  }
}
