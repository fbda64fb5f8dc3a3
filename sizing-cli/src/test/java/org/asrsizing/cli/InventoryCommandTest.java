package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sizing plan --inventory FILE}, run in-process. */
class InventoryCommandTest {

  @TempDir Path dir;

  @Test
  void plansTheMachinesOfANativeCsvInventory() throws IOException {
    Path file = write("machines.csv", "name,churnGiBPerDay,disks", "a,100,1", "b,200,2", "c,50,0");

    Run run = Run.of("plan", "--inventory", file.toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.at("/summary/machines").asInt()).isEqualTo(3);
    assertThat(plan.at("/summary/churnGiBPerDay").asDouble()).isEqualTo(350.0);
    assertThat(plan.at("/findings/0/rule").asText()).isEqualTo("inventory");
    assertThat(plan.at("/findings/0/message").asText())
        .isEqualTo(
            "read 3 machines from "
                + file
                + " (native-csv); 0 invalid rows skipped, 0 machines left out");
  }

  @Test
  void aBadRowExitsWith4AndOneSentenceNamingFileLineAndColumn() throws IOException {
    Path file = write("machines.csv", "name,churnGiBPerDay", "a,1", "b,abc");

    Run run = Run.of("plan", "--inventory", file.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "sizing: inventory "
                + file
                + " line 3 column churnGiBPerDay: 'abc' is not a number of GiB/day");
  }

  @Test
  void rebalanceDrainAndHealthCountTheSkippedRowsUnlessAskedToListThem() throws IOException {
    Path file = write("machines.csv", "name,churnGiBPerDay", "vm-001,3.8", "b,abc");
    String plan = "../docs/examples/operate/plan.json";
    for (String[] command :
        List.of(
            new String[] {"rebalance"},
            new String[] {"health"},
            new String[] {"drain", "--server", "ps-1"})) {
      List<String> args = new java.util.ArrayList<>(List.of(command));
      args.addAll(List.of("--deployment", plan, "--inventory", file.toString(), "--skip-invalid"));
      Run counted = Run.of(args.toArray(String[]::new));
      args.add("--list-excluded");
      Run listed = Run.of(args.toArray(String[]::new));

      assertThat(counted.out())
          .as(command[0])
          .contains("Left out of the inventory (counted by reason)")
          .contains("      1  row skipped  churnGiBPerDay: 'abc'")
          .doesNotContain("WARNING  inventory-skipped");
      assertThat(listed.out())
          .as(command[0])
          .doesNotContain("Left out of the inventory")
          .contains("WARNING  inventory-skipped: " + file + " line 3 left out: churnGiBPerDay");
    }
  }

  @Test
  void skipInvalidCountsTheSkippedRowsOnStderrAndListsThemInTheFindings() throws IOException {
    Path file = write("machines.csv", "name,churnGiBPerDay", "a,1", "b,abc", "a,2", "d,4");

    Run counted = Run.of("plan", "--inventory", file.toString(), "--skip-invalid");
    Run run = Run.of("plan", "--inventory", file.toString(), "--skip-invalid", "--list-excluded");

    assertThat(counted.out())
        .contains("  left out:    0 machines left out of the inventory, 2 invalid rows skipped\n")
        .contains("      1  row skipped  churnGiBPerDay: 'abc'")
        .doesNotContain("WARNING  inventory-skipped");

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .containsExactly(
            "sizing: inventory "
                + file
                + ": 2 invalid rows skipped, 0 machines left out; the plan's findings list each"
                + " with its reason");
    assertThat(run.out())
        .contains("WARNING  inventory-skipped: " + file + " line 3 left out: churnGiBPerDay: 'abc'")
        .contains(
            "WARNING  inventory-skipped: "
                + file
                + " line 4 left out: machine name a appears twice (lines 2 and 4)");
  }

  @Test
  void aMissingInventoryFileIsABadArgument() {
    Run run = Run.of("plan", "--inventory", dir.resolve("nope.csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--inventory").contains("nope.csv");
  }

  @Test
  void inventoryIsMutuallyExclusiveWithTheAggregateAndTheExample() throws IOException {
    Path file = write("machines.csv", "name,churnGiBPerDay", "a,1");

    assertThat(Run.of("plan", "--inventory", file.toString(), "--example").exitCode()).isEqualTo(2);
    assertThat(
            Run.of("plan", "--inventory", file.toString(), "--machines", "3", "--churn", "1TB")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void inventoryOptionsWithoutAnInventoryAreABadArgument() {
    Run run = Run.of("plan", "--example", "--skip-invalid");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "sizing: option '--skip-invalid' only applies to --inventory FILE (see 'sizing plan"
                + " --help')");
  }

  @Test
  void anUnknownInventoryFormatIsABadArgument() throws IOException {
    Path file = write("machines.csv", "name,churnGiBPerDay", "a,1");

    Run run = Run.of("plan", "--inventory", file.toString(), "--inventory-format", "excel");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--inventory-format").contains("native-csv, native-json");
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
