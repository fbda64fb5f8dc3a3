package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --churn-from FILE}: measured churn joined onto an RVTools estimate. */
class ChurnFromTest {

  private static final String EX = "../docs/examples/inputs/";

  @Test
  void measuredChurnReplacesTheEstimateOfTheMachinesItNames() {
    Run estimated = Run.of("plan", "--inventory", EX + "rvtools", "--format", "csv");
    Run measured =
        Run.of(
            "plan",
            "--inventory",
            EX + "rvtools",
            "--churn-from",
            EX + "measured-churn.csv",
            "--format",
            "json");

    assertThat(estimated.exitCode()).isZero();
    assertThat(measured.exitCode()).as(measured.err()).isZero();
    assertThat(measured.out())
        .contains("daily churn of 2 machines measured in " + EX + "measured-churn.csv")
        .contains("not in the inventory and is not used: old-decommissioned");
  }

  @Test
  void aMissingFileIsAUsageErrorAndItNeedsAnInventory() {
    Run missing =
        Run.of("plan", "--inventory", EX + "rvtools", "--churn-from", "/no/such/file.csv");
    Run noInventory = Run.of("plan", "--example", "--churn-from", EX + "measured-churn.csv");

    assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(missing.err()).contains("--churn-from", "/no/such/file.csv does not exist");
    assertThat(noInventory.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
  }
}
