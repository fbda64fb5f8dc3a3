package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FormatOptionTest {

  @Test
  void eachCommandsHelpListsOnlyTheFormatsItWrites() {
    assertThat(unwrapped(Run.of("plan", "--help").out()))
        .contains("Output format: table, json, csv, markdown, xlsx, html (xlsx needs")
        .doesNotContain("sizing tiers writes");
    assertThat(unwrapped(Run.of("tiers", "--help").out()))
        .contains("Output format: table, json, markdown, html. Default: table.");
    assertThat(unwrapped(Run.of("whatif", "montecarlo", "--help").out()))
        .contains("Output format: table, json, html. Default: table.")
        .doesNotContain("Output format: table, json, csv");
    assertThat(unwrapped(Run.of("health", "--help").out()))
        .contains("Output format: table, json, html. Default: table.");
  }

  @Test
  void aFormatTheCommandDoesNotWriteIsRefusedBeforeAnyWork() {
    // The inventory does not exist: had the command started its work, that would be the error.
    Run run = Run.of("whatif", "montecarlo", "--inventory", "no-such-file.csv", "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .contains(
            "--format csv is not available for sizing whatif montecarlo; use table, json or html")
        .doesNotContain("no-such-file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void tiersAndOperateCommandsNameTheirFormats() {
    assertThat(Run.of("tiers", "--format", "csv").err())
        .contains(
            "--format csv is not available for sizing tiers; use table, json, markdown or html");
    assertThat(
            Run.of("drain", "--deployment", "x.json", "--server", "ps-1", "--format", "xlsx").err())
        .contains("--format xlsx is not available for sizing drain; use table, json or html");
  }

  @Test
  void everyCommandWithTheSharedFormatOptionSaysWhichFormatsItWrites() {
    List<String> withFormat = new ArrayList<>();
    walk(SizingCommand.commandLine(), withFormat);
    assertThat(withFormat).contains("sizing plan", "sizing whatif sweep", "sizing rebalance");
  }

  /** The help with picocli's line wrapping undone, so a sentence can be matched whole. */
  private static String unwrapped(String help) {
    return help.replaceAll("\\s+", " ");
  }

  private static void walk(CommandLine cmd, List<String> withFormat) {
    var option = cmd.getCommandSpec().findOption("--format");
    boolean shared =
        option != null
            && option.description().length > 0
            && option.description()[0].startsWith("Output format:");
    if (shared) {
      assertThat((Object) cmd.getCommand())
          .as(cmd.getCommandName())
          .isInstanceOf(WritesFormats.class);
      withFormat.add(cmd.getCommandSpec().qualifiedName(" "));
    }
    cmd.getSubcommands().values().forEach(sub -> walk(sub, withFormat));
  }
}
