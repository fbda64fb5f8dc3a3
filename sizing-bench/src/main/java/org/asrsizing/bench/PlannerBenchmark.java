package org.asrsizing.bench;

import java.util.concurrent.TimeUnit;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
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
 * Wall time of one {@link Planner#plan} call, single-threaded, with a warm JVM, sampled per call so
 * that JMH reports the median (p0.50) besides the mean. The instance is generated once per trial,
 * outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PlannerBenchmark {

  @Param({"100", "1000", "10000", "100000", "1000000"})
  public int machines;

  @Param({"count", "both", "churn"})
  public String regime;

  @Param({"lognormal"})
  public String distribution;

  @Param({BenchCatalogs.CLASSIC})
  public String catalogId;

  @Param({"1"})
  public long seed;

  /** Failures per domain the plan survives (N+K); 0 is the plan of N. */
  @Param({"0"})
  public int spares;

  private Workload workload;
  private Catalog catalog;
  private PlanOptions options;

  @Setup(Level.Trial)
  public void generate() {
    InstanceSpec spec =
        new InstanceSpec(ChurnDistribution.of(distribution), Regime.of(regime), machines, seed);
    workload = Workload.of(InstanceGenerator.generate(spec));
    catalog = BenchCatalogs.load(catalogId);
    options = PlanOptions.defaults().withSpares(spares, 0);
  }

  @Benchmark
  public Plan plan() {
    return Planner.plan(workload, catalog, options);
  }
}
