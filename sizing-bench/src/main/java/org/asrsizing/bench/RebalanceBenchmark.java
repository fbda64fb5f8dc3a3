package org.asrsizing.bench;

import java.util.concurrent.TimeUnit;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.Rebalancer;
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
 * Wall time of one {@link Rebalancer#run} call on a perturbed deployment, single-threaded, with a
 * warm JVM, sampled per call so that JMH reports the median (p0.50). The fleet is generated,
 * planned, turned into a deployment and perturbed once per trial, outside the measurement; the
 * rebalancer does not change its input, so every call sees the same deployment.
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
public class RebalanceBenchmark {

  @Param({"10000", "100000"})
  public int machines;

  @Param({"churn5", "churn20", "add10"})
  public String perturbation;

  @Param({"both"})
  public String regime;

  @Param({"lognormal"})
  public String distribution;

  @Param({BenchCatalogs.CLASSIC})
  public String catalogId;

  @Param({"0"})
  public double headroomPercent;

  @Param({"1"})
  public long seed;

  private CurrentDeployment deployment;
  private Catalog catalog;
  private OperateOptions options;

  @Setup(Level.Trial)
  public void prepare() {
    InstanceSpec spec =
        new InstanceSpec(ChurnDistribution.of(distribution), Regime.of(regime), machines, seed);
    catalog = BenchCatalogs.load(catalogId);
    CurrentDeployment planned =
        RebalanceMeasurement.deployed(InstanceGenerator.generate(spec), catalog, headroomPercent);
    deployment =
        RebalanceMeasurement.perturbed(
            planned, catalog, Perturbation.of(perturbation), headroomPercent, seed);
    options = RebalanceMeasurement.options(headroomPercent);
  }

  @Benchmark
  public Rebalance rebalance() {
    return Rebalancer.run(deployment, catalog, options);
  }
}
