package org.asrsizing.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Makes the shared {@code --format} option say, per command, which formats that command writes, and
 * checks the choice before the work starts (a what-if simulation can take seconds; refusing the
 * format afterwards would waste them).
 */
final class FormatOption {

  static final String NAME = "--format";

  private FormatOption() {}

  /** Rewrites the help and completion of {@code --format} in every command under {@code root}. */
  static void describePerCommand(CommandLine root) {
    Object command = root.getCommand();
    OptionSpec option = root.getCommandSpec().findOption(NAME);
    if (command instanceof WritesFormats writes && option != null) {
      Set<OutputFormat> formats = writes.formats();
      OptionSpec described =
          OptionSpec.builder(option)
              .description(description(formats))
              .completionCandidates(names(formats))
              .build();
      root.getCommandSpec().remove(option);
      root.getCommandSpec().addOption(described);
    }
    root.getSubcommands().values().forEach(FormatOption::describePerCommand);
  }

  /**
   * Fails with exit code 2 when the command that runs does not write the chosen format; called
   * after parsing, before the command's work.
   */
  static void check(ParseResult parsed) {
    ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    CommandLine cmd = last.commandSpec().commandLine();
    if (cmd.getCommand() instanceof WritesFormats writes && last.hasMatchedOption(NAME)) {
      OutputFormat chosen = last.matchedOptionValue(NAME, OutputFormat.TABLE);
      if (!writes.formats().contains(chosen)) {
        throw new ParameterException(
            cmd,
            Messages.formatNotForCommand(
                PlanOutput.name(chosen),
                last.commandSpec().qualifiedName(" "),
                list(writes.formats())));
      }
    }
  }

  private static String description(Set<OutputFormat> formats) {
    String binary = formats.contains(OutputFormat.XLSX) ? " (xlsx needs --output)" : "";
    return "Output format: " + String.join(", ", names(formats)) + binary + ". Default: table.";
  }

  private static String list(Set<OutputFormat> formats) {
    List<String> names = names(formats);
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  private static List<String> names(Set<OutputFormat> formats) {
    return formats.stream().sorted().map(PlanOutput::name).collect(Collectors.toList());
  }
}
