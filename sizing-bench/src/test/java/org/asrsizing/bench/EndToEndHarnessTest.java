package org.asrsizing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EndToEndHarnessTest {

  @TempDir Path dir;

  @Test
  void everyStepRunsOnAThousandMachinesAndIsReportedWithItsRatios() throws IOException {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new EndToEndHarness());
    cmd.setOut(new PrintWriter(out));
    int code =
        cmd.execute(
            "--machines",
            "1000",
            "--reps",
            "1",
            "--steps",
            String.join(",", EndToEndHarness.STEPS),
            "--dir",
            dir.toString());

    assertThat(code).as(out.toString()).isZero();
    for (String step : EndToEndHarness.STEPS) {
      assertThat(out.toString()).containsPattern("(?m)^" + step + " +[0-9]");
    }
    assertThat(Files.readString(dir.resolve("out-plan-json.json")))
        .contains("\"machines\" : 1000,");
  }

  @Test
  void thePlainReadSeesEveryFieldOfTheFile() throws IOException {
    Path csv = dir.resolve("three.csv");
    Files.writeString(csv, "name,churnGiBPerDay\nvm-1,1\nvm-2,2.5\n");

    assertThat(EndToEndHarness.plainRead(csv)).isEqualTo(6);
    assertThat(EndToEndHarness.jacksonRead(csv)).isEqualTo(3);
  }

  @Test
  void anUnknownStepIsRefused() {
    CommandLine cmd = new CommandLine(new EndToEndHarness());
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertThat(cmd.execute("--steps", "nap", "--dir", dir.toString())).isEqualTo(2);
  }
}
