package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quiet}: only errors on stderr, the same output and exit code. */
class QuietTest {

  @TempDir Path dir;

  private Path inventoryWithABadRow() throws IOException {
    return Files.writeString(dir.resolve("machines.csv"), "name,churnGiBPerDay\na,1\nb,abc\nc,2\n");
  }

  @Test
  void theCountOfSkippedRowsIsLeftOffStderrButNotOffTheFindings() throws IOException {
    String file = inventoryWithABadRow().toString();

    Run loud = Run.of("plan", "--inventory", file, "--skip-invalid");
    Run quiet = Run.of("plan", "--inventory", file, "--skip-invalid", "--quiet");
    Run listed =
        Run.of("plan", "--inventory", file, "--skip-invalid", "--quiet", "--list-excluded");

    assertThat(loud.err()).contains("1 invalid row skipped");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(loud.out()).contains("1 invalid row skipped");
    assertThat(listed.out()).contains("inventory-skipped");
    assertThat(quiet.exitCode()).isEqualTo(loud.exitCode()).isZero();
  }

  @Test
  void errorsStillGoToStderrWithTheirExitCode() throws IOException {
    String file = inventoryWithABadRow().toString();

    Run run = Run.of("plan", "--inventory", file, "--quiet");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).startsWith("sizing: inventory " + file + " line 3");
  }

  @Test
  void anUnprotectableMachineIsStillReportedWithExitCode3() throws IOException {
    Path file = Files.writeString(dir.resolve("big.csv"), "name,churnGiBPerDay\nhuge,99999\n");

    Run quiet = Run.of("plan", "--inventory", file.toString(), "--quiet");
    Run loud = Run.of("plan", "--inventory", file.toString());

    assertThat(quiet.exitCode()).isEqualTo(3);
    assertThat(quiet.err()).isNotEmpty().isEqualTo(loud.err());
  }

  @Test
  void operateCommandsAreQuietToo() throws IOException {
    String file = inventoryWithABadRow().toString();
    String[] args = {
      "rebalance",
      "--deployment",
      "../docs/examples/operate/deployment.yaml",
      "--inventory",
      file,
      "--skip-invalid"
    };
    String[] quietArgs = java.util.Arrays.copyOf(args, args.length + 1);
    quietArgs[args.length] = "--quiet";

    Run loud = Run.of(args);
    Run quiet = Run.of(quietArgs);

    assertThat(loud.err()).contains("1 invalid row skipped");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(loud.out());
    assertThat(quiet.exitCode()).isEqualTo(loud.exitCode());
  }
}
