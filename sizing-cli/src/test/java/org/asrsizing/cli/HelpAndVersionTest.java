package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {

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
