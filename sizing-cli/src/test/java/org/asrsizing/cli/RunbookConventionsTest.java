package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runbook follows the command-line habits of the other commands: {@code -} and quiet. */
class RunbookConventionsTest {

  @Test
  void outputDashIsStandardOutputNotAFileNamedDash(@TempDir Path dir) {
    Run toDash = RunbookCommandTest.run(Map.of(), "runbook", "--example", "--output", "-");
    Run plain = RunbookCommandTest.run(Map.of(), "runbook", "--example");

    assertThat(toDash.exitCode()).isZero();
    assertThat(toDash.out()).isEqualTo(plain.out()).contains("## cs-1");
    assertThat(Files.exists(Path.of("-"))).isFalse();
  }

  @Test
  void quietLeavesOutTheLineNamingTheFilesWrittenAndTheInventoryCounts(@TempDir Path dir)
      throws Exception {
    Path inventory = dir.resolve("m.csv");
    Files.writeString(inventory, "name,churnGiBPerDay\nweb01,20\nbad,-1\n");
    String[] args = {
      "runbook",
      "--inventory",
      inventory.toString(),
      "--skip-invalid",
      "--format",
      "powershell",
      "--output-dir",
      dir.resolve("out").toString()
    };
    Run loud = RunbookCommandTest.run(Map.of(), args);
    String[] quietArgs = java.util.Arrays.copyOf(args, args.length + 1);
    quietArgs[args.length] = "--quiet";
    Run quiet = RunbookCommandTest.run(Map.of(), quietArgs);

    assertThat(loud.exitCode()).as(loud.err()).isZero();
    assertThat(loud.out()).contains("out");
    assertThat(loud.err()).contains("skipped");
    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    assertThat(quiet.out()).isEmpty();
    assertThat(quiet.err()).isEmpty();
    assertThat(dir.resolve("out").resolve("README.txt")).exists();
  }
}
