package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as a file name: {@code --inventory -} reads stdin, {@code --output -} is stdout. */
class StandardStreamsTest {

  private static final byte[] CSV =
      "name,churnGiBPerDay,disks\na,100,1\nb,200,2\nc,50,0\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void anInventoryOnStdinPlansAsTheSameFileDoes() throws IOException {
    Path file = Files.write(dir.resolve("machines.csv"), CSV);

    Run piped = Run.withStdin(CSV, "plan", "--inventory", "-");
    Run named = Run.of("plan", "--inventory", file.toString());

    assertThat(piped.exitCode()).isZero();
    assertThat(piped.err()).isEmpty();
    assertThat(piped.out()).isEqualTo(named.out().replace(file.toString(), "standard input"));
  }

  @Test
  void theFormatOnStdinIsToldByItsContentOrGiven() {
    byte[] json = "[{\"name\": \"a\", \"churnGiBPerDay\": 10}]".getBytes(StandardCharsets.UTF_8);

    Run detected = Run.withStdin(json, "plan", "--inventory", "-", "--format", "json");
    Run given = Run.withStdin(CSV, "plan", "--inventory", "-", "--inventory-format", "native-json");

    assertThat(detected.exitCode()).isZero();
    assertThat(detected.out()).contains("read 1 machine from standard input (native-json)");
    assertThat(given.exitCode()).isEqualTo(4);
    assertThat(given.err()).startsWith("sizing: inventory standard input");
  }

  @Test
  void anEmptyStdinSaysNothingWasReadNotThatAFileIsEmpty() {
    Run run = Run.withStdin(new byte[0], "plan", "--inventory", "-");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.errLines())
        .containsExactly("sizing: inventory standard input is empty: nothing was read from it");
  }

  @Test
  void aBadRowOnStdinNamesStandardInputAndTheLine() {
    byte[] bad = "name,churnGiBPerDay\na,1\nb,abc\n".getBytes(StandardCharsets.UTF_8);

    Run run = Run.withStdin(bad, "plan", "--inventory", "-");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.errLines())
        .containsExactly(
            "sizing: inventory standard input line 3 column churnGiBPerDay: 'abc' is not a"
                + " number of GiB/day");
  }

  @Test
  void outputDashIsStdoutAndWritesNoFileCalledDash() {
    Run dash = Run.of("plan", "--example", "--format", "json", "--output", "-");
    Run plain = Run.of("plan", "--example", "--format", "json");

    assertThat(dash.exitCode()).isZero();
    assertThat(dash.out()).isNotEmpty().isEqualTo(plain.out());
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void anXlsxToOutputDashIsTheWorkbooksBytesOnStdout() throws IOException {
    Path file = dir.resolve("plan.xlsx");
    assertThat(
            Run.of("plan", "--example", "--format", "xlsx", "--output", file.toString()).exitCode())
        .isZero();
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Run run;
    try (PrintStream capture = new PrintStream(bytes, true)) {
      System.setOut(capture);
      run = Run.of("plan", "--example", "--format", "xlsx", "--output", "-");
    } finally {
      System.setOut(original);
    }

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(file));
  }
}
