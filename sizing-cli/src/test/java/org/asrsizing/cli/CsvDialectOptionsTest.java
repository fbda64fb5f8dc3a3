package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --csv-delimiter} and {@code --decimal-comma} on the command line. */
class CsvDialectOptionsTest {

  private static final String SEMICOLONS = "../docs/examples/inputs/machines-semicolon.csv";

  @Test
  void aSemicolonExportPlansLikeItsCommaTwin() {
    Run run = Run.of("plan", "--inventory", SEMICOLONS, "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("\"churnGiBPerDay\" : 1413.25")
        .contains("read with cells separated by semicolons, decimals with a comma");
  }

  @Test
  void decimalCommasOffMakesEveryCommaNumberAnErrorNamingLineAndColumn() {
    Run run = Run.of("plan", "--inventory", SEMICOLONS, "--decimal-comma", "false");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err()).contains("line 2 column churnGiBPerDay: '120,5' uses a comma");
  }

  @Test
  void anUnknownDelimiterIsAUsageError() {
    Run run = Run.of("plan", "--inventory", SEMICOLONS, "--csv-delimiter", "x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("'x' is not a CSV delimiter; use ',', ';', 'tab' or '|'");
  }

  @Test
  void theyNeedAnInventory() {
    Run run = Run.of("plan", "--example", "--decimal-comma");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("--decimal-comma");
  }
}
