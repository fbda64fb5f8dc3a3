package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.operate.OperateMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sizing health}: how each server of a running deployment stands, and N+1. */
@Command(
    name = "health",
    optionListHeading = "%nOptions:%n",
    description = {
      "Classify each server of a running deployment Healthy, Warning or Critical from the"
          + " documented thresholds (CPU, memory, cache free space, cache upload time, given with"
          + " --metrics) and from its load against its tier, and say how many machine moves at"
          + " least would fix it. With --spare K, check that any K servers can fail."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing health --deployment plan.json --metrics metrics.csv",
      "  sizing health --deployment plan.json --spare 1",
      "  sizing health --deployment plan.json --metrics metrics.csv --format html \\",
      "      --output health.html"
    })
final class HealthCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin DeploymentOptions deployment;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    return deployment.execute(spec.commandLine(), common, Set.of(), OperateMode.HEALTH);
  }
}
