package org.asrsizing.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sizing whatif}: how the deployment changes with time, scenarios and uncertainty. */
@Command(
    name = "whatif",
    description = {
      "Explore how the deployment changes: growth over time, bandwidth and replication times,"
          + " day-to-day churn variation, trends in measured history, named scenarios and"
          + " sweeps of one input. Each mode is a subcommand with its own --help."
    },
    subcommands = {
      WhatIfTimelineCommand.class,
      WhatIfBandwidthCommand.class,
      WhatIfMonteCarloCommand.class,
      WhatIfForecastCommand.class,
      WhatIfCompareCommand.class,
      WhatIfSweepCommand.class,
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif timeline --machines 150 --churn 1TB --growth-machines 20 \\",
      "      --growth-churn 30",
      "  sizing whatif bandwidth --example --bandwidth 500 --machine-size 300GB",
    })
final class WhatIfCommand implements Callable<Integer> {

  static final String INVALID_INPUT_FILE_TEXT =
      "4:invalid input file: a catalog, scenario or history file that cannot be read or is"
          + " inconsistent";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), WhatIfMessages.missingSubcommand());
  }
}
