package org.asrsizing.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code sizing}: the top-level command; the work is done by its subcommands. */
@Command(
    name = "sizing",
    // Every subcommand inherits the attributes below unless it sets its own.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = false,
    description = {
      "Sizes Azure Site Recovery configuration servers and process servers (or replication"
          + " appliances) for VMware VMs and physical servers, with the reason and source of"
          + " every number."
    },
    subcommands = {
      PlanCommand.class,
      TiersCommand.class,
      WhatIfCommand.class,
      RebalanceCommand.class,
      DrainCommand.class,
      HealthCommand.class,
      RunbookCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      ExitCode.INFEASIBLE_TEXT,
      ExitCode.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing plan --example",
      "  sizing plan --machines 500 --churn 3TB --format json",
      "  sizing plan --inventory machines.csv --format xlsx --output plan.xlsx",
      "  sizing whatif timeline --example --growth-machines 20 --growth-churn 30",
      "  sizing tiers --catalog asr-modernized",
      "  sizing plan --help",
      "  sizing help whatif timeline"
    })
public final class SizingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command with its error handling: every error is one line on stderr and an exit code. Tests
   * call this and set their own writers.
   */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new SizingCommand());
    cmd.registerConverter(java.nio.file.Path.class, new PathConverter());
    ErrorHandler handler = new ErrorHandler();
    cmd.setParameterExceptionHandler(handler);
    cmd.setExecutionExceptionHandler(handler);
    FormatOption.describePerCommand(cmd);
    cmd.setExecutionStrategy(
        parsed -> {
          FormatOption.check(parsed);
          try (Progress progress = Progress.during(parsed)) {
            return new CommandLine.RunLast().execute(parsed);
          }
        });
    return cmd;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing a subcommand: plan, tiers, whatif, rebalance, drain, health or runbook");
  }
}
