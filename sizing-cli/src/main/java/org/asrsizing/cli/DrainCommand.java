package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.operate.OperateMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sizing drain}: a plan to empty and retire one server. */
@Command(
    name = "drain",
    optionListHeading = "%nOptions:%n",
    description = {
      "Plan the decommissioning of one process server (or appliance): where each of its machines"
          + " goes, whether a new server is needed and of which tier, then the documented order:"
          + " the portal operations, the wait before the portal shows the change, and the"
          + " uninstall order."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing drain --deployment plan.json --server ps-2",
      "  sizing drain --deployment deployment.yaml --server ps-1 \\",
      "      --inventory machines-now.csv",
      "  sizing drain --deployment plan.json --server ps-2 --format json"
    })
final class DrainCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--server",
      required = true,
      paramLabel = "ID",
      order = -1,
      description = "The server to empty and retire, by its id in the deployment.")
  String server;

  @Mixin DeploymentOptions deployment;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    return deployment.execute(spec.commandLine(), common, Set.of(server), OperateMode.DRAIN);
  }
}
