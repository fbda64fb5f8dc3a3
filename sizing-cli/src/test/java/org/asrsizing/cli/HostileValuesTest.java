package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values far out of range, in options and in files, are refused at once with a sentence that names
 * the option or the file and the accepted range: never an internal error, an out-of-memory error or
 * a run that does not end.
 */
class HostileValuesTest {

  @TempDir Path dir;

  @Test
  void aConfigurationServerLimitOfABillionIsAUsageError() {
    Run run = Run.of("plan", "--example", "--cs-limit", "1000000000");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .startsWith("sizing: invalid value for option '--cs-limit': ")
        .contains("from 1 to 10000")
        .doesNotContain("Exception", "at org.");
  }

  @Test
  void theLargestConfigurationServerLimitIsAccepted() {
    assertThat(Run.of("plan", "--example", "--cs-limit", "10000").exitCode()).isZero();
  }

  @Test
  void growthThatTakesAPlanAboveFourMillionMachinesIsAUsageError() {
    Run run = Run.of("plan", "--machines", "2000000", "--churn", "1TB", "--growth", "1000");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .startsWith("sizing: invalid value for option '--growth': ")
        .contains("2000000 machines", "22000000", "4000000");
  }

  @Test
  void aPathTheOperatingSystemRefusesIsAUsageErrorNamingTheOption() {
    // A NUL byte is the one character every file system refuses (Windows refuses more, such as
    // '<' and '|'); an embedder can pass it even where a shell cannot.
    Run run = Run.of("plan", "--example", "--output", "plan\u0000.txt");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("sizing: invalid value for option '--output': not a file path on this system (")
        .doesNotContain("\u0000", "java.", "Exception");
  }

  @Test
  void aScenarioConfigurationServerLimitOfABillionIsAnInputError() throws IOException {
    Run run = compare("scenarios:\n  - name: big\n    csLimit: 1000000000\n");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err()).contains("scenario 'big'", "from 1 to 10000");
  }

  @Test
  void aScenarioMultiplierOfTenToThe308IsAnInputErrorNamingTheFieldAndRange() throws IOException {
    Run run = compare("scenarios:\n  - name: big\n    machinesMultiplier: 1e308\n");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err())
        .contains("scenario 1 ('big')", "machinesMultiplier", "more than 0 and at most 1000")
        .doesNotContain("Exception");
  }

  @Test
  void aScenarioListEntryWithNoFieldsIsAnInputError() throws IOException {
    Run run = compare("scenarios:\n  - name: a\n  -\n");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err()).contains("scenario 2 is empty").doesNotContain("Exception");
  }

  @Test
  void aJsonInventoryNumberBeyondDoubleRangeIsAnInputError() throws IOException {
    Path file = dir.resolve("machines.json");
    Files.writeString(file, "{\"machines\":[{\"name\":\"a\",\"churn\":1e400}]}");

    Run run = Run.of("plan", "--inventory", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err()).contains("line 1 column churn", "largest number accepted");
  }

  private Run compare(String scenarios) throws IOException {
    Path file = dir.resolve("scenarios.yaml");
    Files.writeString(file, scenarios);
    return Run.of("whatif", "compare", "--example", "--scenarios", file.toString());
  }
}
