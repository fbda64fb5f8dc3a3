package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class HelpAndVersionTest {

  @Test
  void everyCommandsHelpPrintsWithoutAPicocliWarning() {
    // picocli reports a description it cannot format on System.err, not on the command's writer.
    PrintStream saved = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    List<String> commands = new ArrayList<>();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      walk(SizingCommand.commandLine(), List.of(), commands);
      for (String command : commands) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.removeIf(String::isEmpty);
        args.add("--help");
        assertThat(Run.of(args.toArray(String[]::new)).exitCode()).as(command).isZero();
      }
    } finally {
      System.setErr(saved);
    }

    assertThat(commands).contains("", "plan", "whatif montecarlo", "drain");
    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  @Test
  void noHelpLineIsWiderThan80ColumnsAndNoExampleIsWrapped() {
    List<String> commands = new ArrayList<>();
    walk(SizingCommand.commandLine(), List.of(), commands);
    for (String command : commands) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.removeIf(String::isEmpty);
      args.add("--help");
      String help = Run.of(args.toArray(String[]::new)).out();
      String examples = help.contains("Examples:") ? help.substring(help.indexOf("Examples:")) : "";
      assertThat(help.lines()).as(command).allMatch(line -> line.length() <= 80);
      // A wrapped example would go on in a line that neither starts a command nor continues one
      // the shell way (a trailing backslash), and copying it would break.
      List<String> lines = examples.lines().skip(1).filter(line -> !line.isBlank()).toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        boolean continued =
            i > 0 && lines.get(i - 1).endsWith(" \\") && line.startsWith("      --");
        assertThat(line.startsWith("  sizing ") || line.startsWith("  #") || continued)
            .as(command + " example line: " + line)
            .isTrue();
      }
    }
    assertThat(commands).hasSizeGreaterThan(12);
  }

  private static void walk(CommandLine cmd, List<String> path, List<String> into) {
    into.add(String.join(" ", path));
    for (var e : cmd.getSubcommands().entrySet()) {
      List<String> next = new ArrayList<>(path);
      next.add(e.getKey());
      walk(e.getValue(), next, into);
    }
  }

  @Test
  void planHelpDescribesEveryOptionTheExitCodesAndExamples() {
    Run run = Run.of("plan", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--machines=N", "--churn=SIZE", "--example", "--catalog=NAME|FILE")
        .contains("--cs-limit=N", "--growth=PCT", "--headroom=PCT", "--prefer=WHAT")
        .contains("--format=FORMAT", "--output=FILE", "--debug", "--version")
        .contains("bundled example instead: 220 machines")
        .contains("Exit codes:", "  3   plan infeasible", "  4   invalid input file")
        .contains("Examples:", "sizing plan --example");
  }

  @ParameterizedTest(name = "sizing {0} --help shows the exit codes")
  @ValueSource(strings = {"plan", "tiers"})
  void everySubcommandHasHelpWithExitCodes(String subcommand) {
    Run run = Run.of(subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: sizing " + subcommand, "Exit codes:", "Examples:");
  }

  @Test
  void topLevelHelpListsTheSubcommands() {
    Run run = Run.of("--help");

    assertThat(run.out()).contains("plan", "tiers", "Exit codes:");
  }

  @Test
  void versionNamesTheBuildAndTheCatalogVersions() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .first()
        .asString()
        .matches("sizing \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.out()).contains("catalogs: asr-classic 2021.1, asr-modernized 2023.1");
  }
}
