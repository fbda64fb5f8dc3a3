package org.asrsizing.bench;

import java.util.concurrent.TimeUnit;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.PathChange;
import org.asrsizing.whatif.Timeline;
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
 * Wall time of one growth timeline (the purchase path: a plan, then one change of the operate
 * engine per month, plus the resizes weighed when a month needs room, and a plan afresh per month
 * to compare), sampled per call so that JMH reports the median. {@code add} only adds servers;
 * {@code cheapest} also tries resizing, which is what costs more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class TimelineBenchmark {

  @Param({"1000", "10000"})
  public int machines;

  @Param({"ADD", "CHEAPEST"})
  public String change;

  @Param({"12", "60"})
  public int horizonMonths;

  @Param({"both"})
  public String regime;

  @Param({"lognormal"})
  public String distribution;

  @Param({"1"})
  public long seed;

  private Workload workload;
  private Catalog catalog;

  @Setup(Level.Trial)
  public void prepare() {
    InstanceSpec spec =
        new InstanceSpec(ChurnDistribution.of(distribution), Regime.of(regime), machines, seed);
    workload = Workload.of(InstanceGenerator.generate(spec));
    catalog = BenchCatalogs.load(BenchCatalogs.CLASSIC);
  }

  @Benchmark
  public Timeline timeline() {
    return Timeline.compute(
        workload,
        catalog,
        PlanOptions.defaults().withHeadroomPercent(20),
        new Timeline.Growth(20, 30, horizonMonths, null),
        PathChange.valueOf(change));
  }
}
