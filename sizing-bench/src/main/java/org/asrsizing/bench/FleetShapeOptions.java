package org.asrsizing.bench;

import java.util.List;
import picocli.CommandLine.Option;

/** The churn distributions and regimes a harness generates fleets for. */
final class FleetShapeOptions {

  @Option(
      names = "--dists",
      split = ",",
      defaultValue = "lognormal,bimodal,pareto",
      description = "distributions (default ${DEFAULT-VALUE})")
  List<String> distributions;

  @Option(
      names = "--regimes",
      split = ",",
      defaultValue = "count,both,churn",
      description = "regimes (default ${DEFAULT-VALUE})")
  List<String> regimes;

  List<ChurnDistribution> distributions() {
    return distributions.stream().map(ChurnDistribution::of).toList();
  }

  List<Regime> regimes() {
    return regimes.stream().map(Regime::of).toList();
  }
}
