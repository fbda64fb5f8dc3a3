package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.operate.OperateMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sizing rebalance}: the fewest machine moves that bring every server within limits. */
@Command(
    name = "rebalance",
    optionListHeading = "%nOptions:%n",
    description = {
      "Work out the fewest machine moves, then the least churn moved, that bring every process"
          + " server of a running deployment within its tier's limits, its headroom and its"
          + " observed health thresholds, using the servers there and adding one only when they"
          + " cannot hold the load. New machines in the inventory are placed, except those the"
          + " support matrix rules out (operating system, disks), which are listed with the reason.",
      "Prints each move, a lower bound on the number of moves, every server's utilisation before"
          + " and after, and the portal operations (Load balance, Switch) that carry it out."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing rebalance --deployment plan.json --inventory machines-now.csv",
      "  sizing rebalance --deployment deployment.yaml --metrics metrics.csv \\",
      "      --headroom 20",
      "  sizing rebalance --deployment plan.json --inventory machines-now.csv --spare 1",
      "  sizing rebalance --deployment plan.json --format json --output rebalance.json"
    })
final class RebalanceCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin DeploymentOptions deployment;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    return deployment.execute(spec.commandLine(), common, Set.of(), OperateMode.REBALANCE);
  }
}
