package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperateCommandTest {

  @TempDir Path dir;

  private Path plan;

  @BeforeEach
  void saveAPlan() {
    plan = dir.resolve("plan.json");
    Run saved = Run.of("plan", "--example", "--format", "json", "--output", plan.toString());
    assertThat(saved.exitCode()).isZero();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aSavedPlanAsItWasBuiltNeedsNoMoves() {
    Run run = Run.of("rebalance", "--deployment", plan.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("moves:      0 (0 GiB/day); lower bound 0");
    assertThat(run.out()).contains("no machine needs to move");
  }

  @Test
  void rebalanceJsonIsTheSameBytesEveryRun() {
    Run first = Run.of("rebalance", "--deployment", plan.toString(), "--format", "json");
    Run second = Run.of("rebalance", "--deployment", plan.toString(), "--format", "json");

    assertThat(first.out())
        .startsWith("{\n  \"schemaVersion\" : 1,\n  \"command\" : \"rebalance\"");
    assertThat(first.out()).isEqualTo(second.out());
  }

  @Test
  void drainingTheOnlyProcessServerAddsOneAndSwitchesToIt() {
    Run run = Run.of("drain", "--deployment", plan.toString(), "--server", "ps-1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("moves:      220").contains("lower bound 220");
    assertThat(run.out()).contains("Switch     ps-1  ps-new-1");
    assertThat(run.out()).contains("Microsoft Azure Recovery Services Agent");
  }

  @Test
  void drainingAServerThatIsNotThereIsABadArgument() {
    Run run = Run.of("drain", "--deployment", plan.toString(), "--server", "ps-9");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .isEqualTo(
            "sizing: invalid value for option '--server': there is no server ps-9 in the"
                + " deployment; its servers are cs-1, ps-1 (see 'sizing drain --help')"
                + System.lineSeparator());
  }

  @Test
  void aMissingDeploymentFileIsABadArgument() {
    Run run = Run.of("rebalance", "--deployment", dir.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("'--deployment'").contains("is not an existing file");
  }

  @Test
  void anUnknownFieldInADeploymentFileNamesTheFileLineAndField() throws IOException {
    Path file =
        write(
            "d.yaml",
            "configurationServers:\n  - id: cs-1\nprocessServers:\n  - id: ps-1\n"
                + "    teir: small\n");

    Run run = Run.of("rebalance", "--deployment", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err())
        .isEqualTo(
            "sizing: deployment file "
                + file
                + " line 5 column 5: unknown field 'teir' in processServers[0]; see"
                + " docs/operate.md for the fields a deployment has"
                + System.lineSeparator());
  }

  @Test
  void aMachineOnTwoServersIsAnInvalidFile() throws IOException {
    Path file =
        write(
            "d.yaml",
            "processServers:\n"
                + "  - {id: ps-1, tier: small, assignedMachines: [a], assignedChurnGiBPerDay: [1]}\n"
                + "  - {id: ps-2, tier: small, assignedMachines: [a], assignedChurnGiBPerDay: [1]}\n");

    Run run = Run.of("rebalance", "--deployment", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err())
        .contains("machine a is assigned to both ps-1 and ps-2")
        .doesNotContain("Exception");
  }

  @Test
  void aTierTheCatalogDoesNotHaveIsAnInvalidFile() throws IOException {
    Path file =
        write(
            "d.yaml",
            "processServers:\n  - {id: ps-1, tier: huge, assignedMachines: [a],"
                + " assignedChurnGiBPerDay: [1]}\n");

    Run run = Run.of("rebalance", "--deployment", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err())
        .contains(
            "ps-1 has tier 'huge'; the process-server tiers of catalog asr-classic are small,"
                + " medium, large");
  }

  @Test
  void metricsForAServerThatIsNotThereAreAnInvalidFile() throws IOException {
    Path metrics = write("m.csv", "server,cpuPercent\nps-7,50\n");

    Run run = Run.of("health", "--deployment", plan.toString(), "--metrics", metrics.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err()).contains("server ps-7 is not in the deployment");
  }

  @Test
  void aMetricThatIsNotANumberNamesTheLineAndColumn() throws IOException {
    Path metrics = write("m.csv", "server,cpuPercent\nps-1,high\n");

    Run run = Run.of("health", "--deployment", plan.toString(), "--metrics", metrics.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err())
        .isEqualTo(
            "sizing: metrics file "
                + metrics
                + " line 2 column cpuPercent: 'high' is not a number"
                + System.lineSeparator());
  }

  @Test
  void aCriticalCpuMakesTheServerShedLoad() throws IOException {
    Path metrics = write("m.csv", "server,cpuPercent\nps-1,97\n");

    Run run = Run.of("rebalance", "--deployment", plan.toString(), "--metrics", metrics.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ps-1 is Critical: CPU utilization is 97 %");
    assertThat(run.out()).contains("ps-new-1");
  }

  @Test
  void aMachineAboveTwoTibPerDayIsNotProtectableAndExitsThree() throws IOException {
    Path inventory = write("now.csv", "name,churnGiBPerDay\nvm-0000001,3000\n");

    Run run =
        Run.of("rebalance", "--deployment", plan.toString(), "--inventory", inventory.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE);
    assertThat(run.out())
        .contains("Unplaced machines (cannot be protected)")
        .contains("vm-0000001");
    assertThat(run.err()).contains("1 machine cannot be protected (first: vm-0000001)");
  }

  @Test
  void theInventorysOrderDoesNotChangeTheAnswer() throws IOException {
    // The example's 220 machines with more churn than planned, and twenty new ones.
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 240; i++) {
      rows.add(String.format(Locale.ROOT, "vm-%07d,%d", i, 5 + i % 11));
    }
    Path inventory = dir.resolve("now.csv");
    List<String> outputs = new ArrayList<>();
    for (boolean reversed : List.of(false, true)) {
      List<String> ordered = new ArrayList<>(rows);
      if (reversed) {
        Collections.reverse(ordered);
      }
      Files.writeString(inventory, "name,churnGiBPerDay\n" + String.join("\n", ordered) + "\n");
      Run run =
          Run.of(
              "rebalance",
              "--deployment",
              plan.toString(),
              "--inventory",
              inventory.toString(),
              "--format",
              "json");
      assertThat(run.exitCode()).isIn(0, 3);
      outputs.add(run.out());
    }

    assertThat(outputs.get(0)).contains("\"from\" : \"ps-1\"").isEqualTo(outputs.get(1));
  }

  @Test
  void theNewMachinesOfTheInventoryAreCountedAsPlacedOrNotProtectable() throws IOException {
    Path inventory =
        write(
            "new.csv",
            "name,churnGiBPerDay,os\n"
                + "legacy01,10,Microsoft Windows Server 2003 Standard\n"
                + "app01,10,Microsoft Windows Server 2022 Datacenter\n"
                + "app02,10,Microsoft Windows Server 2019 Datacenter\n");

    for (String command : List.of("rebalance", "health")) {
      Run run =
          Run.of(
              command,
              "--deployment",
              plan.toString(),
              "--inventory",
              inventory.toString(),
              "--format",
              "json");

      assertThat(run.out())
          .as(command)
          .contains(
              "3 machine(s) of the inventory are not replicated yet: 2 placed as new machine(s),"
                  + " 1 not protectable (listed with the reason among the unplaced machines)")
          .doesNotContain("are not replicated yet and are placed as new machines")
          .contains("\"machine\" : \"legacy01\"");
    }
  }

  @Test
  void healthWithASpareReportsWhatNPlusOneCosts() {
    Run run = Run.of("health", "--deployment", plan.toString(), "--spare", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("N+1 extra: 1 spare server (+12 vCPU");
  }

  @Test
  void aPlanMadeWithASpareIsFoundTolerantWhenCheckedAsBuilt() {
    Path spared = dir.resolve("spared.json");
    Run planned =
        Run.of(
            "plan", "--example", "--spare", "1", "--format", "json", "--output", spared.toString());

    Run run = Run.of("health", "--deployment", spared.toString(), "--spare", "1");

    assertThat(planned.exitCode()).isZero();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("N+1 extra: 0 spare servers")
        .contains("N+1 costs nothing extra");
  }

  @Test
  void theSavedDeploymentAfterADrainIsWhereTheNextRunStarts() {
    Path after = dir.resolve("after.json");
    Run drain =
        Run.of(
            "drain",
            "--deployment",
            plan.toString(),
            "--server",
            "ps-1",
            "--save-deployment",
            after.toString());

    Run next = Run.of("rebalance", "--deployment", after.toString());

    assertThat(drain.exitCode()).isZero();
    assertThat(next.exitCode()).isZero();
    assertThat(next.out())
        .contains("machines:   220 (0 new")
        .contains("moves:      0")
        .doesNotContain("ps-1 ");
  }

  @Test
  void aPlannedSpareStaysEmptyWhenTheLoadGrows() throws IOException {
    Path spared = dir.resolve("spared.json");
    Run.of("plan", "--example", "--spare", "1", "--format", "json", "--output", spared.toString());
    StringBuilder now = new StringBuilder("name,churnGiBPerDay\n");
    for (int i = 1; i <= 230; i++) {
      now.append(String.format("vm-%07d,7%n", i));
    }
    Path inventory = write("now.csv", now.toString());

    Run run =
        Run.of(
            "rebalance",
            "--deployment",
            spared.toString(),
            "--inventory",
            inventory.toString(),
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"id\" : \"ps-spare-1\"")
        .contains("\"change\" : \"spare\"")
        .doesNotContain("\"to\" : \"ps-spare-1\"");
  }

  @Test
  void spareOtherThanZeroToThreeIsABadArgument() {
    Run run = Run.of("health", "--deployment", plan.toString(), "--spare", "4");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("'--spare': '4' is not a whole number from 0 to 3");
  }

  @Test
  void aConfigurationServerLimitBelowTheLargestProcessServerIsABadArgument() {
    Run run = Run.of("rebalance", "--deployment", plan.toString(), "--cs-limit", "100");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).startsWith("sizing: invalid value for option '--cs-limit': ");
  }

  @Test
  void aMetricsFileFromASpreadsheetWithAByteOrderMarkIsRead() throws IOException {
    Path metrics = write("m.csv", "\ufeffserver,cpuPercent\nps-1,50\n");

    Run run = Run.of("health", "--deployment", plan.toString(), "--metrics", metrics.toString());

    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aCatalogThatDoesNotFitTheDeploymentIsABadArgument() {
    Run run = Run.of("rebalance", "--deployment", plan.toString(), "--catalog", "asr-modernized");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .startsWith("sizing: invalid value for option '--catalog': ps-1 is a process server");
  }

  @Test
  void aServerTheCatalogCannotReadIsNamedWithItsFile() throws IOException {
    Path file =
        write(
            "d.yaml",
            "catalog: asr-modernized\nprocessServers:\n  - {id: ps-1, tier: small,"
                + " assignedMachines: [a], assignedChurnGiBPerDay: [1]}\n");

    Run run = Run.of("rebalance", "--deployment", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err()).startsWith("sizing: deployment file " + file + ": ps-1 is a process");
  }

  @Test
  void onlyTableAndJsonAreWritten() {
    Run run = Run.of("rebalance", "--deployment", plan.toString(), "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("--format csv is not available for sizing rebalance");
  }
}
