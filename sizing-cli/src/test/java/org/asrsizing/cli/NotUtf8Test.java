package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that is not UTF-8 is an input error that says where, never a Java class name. */
class NotUtf8Test {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "machines.csv | name,churn\\ncaf\\xe9,10\\n | plan --inventory FILE | line 2, column 4",
        "machines.yaml | machines:\\n  - name: caf\\xe9\\n    churn: 10\\n"
            + " | plan --inventory FILE | line 2, column 14",
        "machines.json | {\"machines\":[{\"name\":\"caf\\xe9\",\"churn\":10}]}"
            + " | plan --inventory FILE | line 1, column 26",
        "scenarios.yaml | scenarios:\\n  - name: caf\\xe9\\n"
            + " | whatif compare --example --scenarios FILE | line 2, column 14",
        "catalog.json | {\"id\":\"caf\\xe9\"} | plan --example --catalog FILE | line 1, column 11",
        "deployment.json | {\"configurationServers\":[{\"id\":\"caf\\xe9\"}]}"
            + " | rebalance --deployment FILE | line 1, column 36",
        "metrics.csv | server,cpuPercent\\ncaf\\xe9,10\\n"
            + " | health --deployment ../docs/examples/operate/plan.json --metrics FILE"
            + " | line 2, column 4",
        "history.csv | date,churnGiBPerDay\\n2024-01-01,1\\xe9\\n"
            + " | whatif forecast --history FILE | line 2, column 13",
        "servers.csv | id,hostName\\ncs-1,caf\\xe9\\n | runbook --example --servers FILE"
            + " | line 2, column 9",
        "servers.yaml | servers:\\n  - id: caf\\xe9\\n | runbook --example --servers FILE"
            + " | line 2, column 12"
      })
  void saysWhereTheFirstByteThatIsNotUtf8Is(String name, String text, String command, String at)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, latin1(text));

    Run run = Run.of(command.replace("FILE", file.toString()).split(" "));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err())
        .contains(file.toString(), "not UTF-8 text at " + at)
        .doesNotContain("Exception", "java.");
  }

  /** The text with {@code \n} and {@code \xNN} escapes turned into bytes. */
  private static byte[] latin1(String escaped) {
    String s = escaped.replace("\\n", "\n");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\x", i)) {
        out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        out.write(s.charAt(i));
      }
    }
    return out.toByteArray();
  }
}
