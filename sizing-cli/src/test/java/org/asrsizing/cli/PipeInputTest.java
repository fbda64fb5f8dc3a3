package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.asrsizing.io.InputFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A named pipe never makes a run wait forever: refused, or read as a stream for a bounded wait. */
@DisabledOnOs(OS.WINDOWS) // mkfifo is POSIX
class PipeInputTest {

  @TempDir Path dir;
  private Path fifo;

  @BeforeEach
  void makeAPipe() throws IOException, InterruptedException {
    fifo = NamedPipes.make(dir.resolve("fifo"));
  }

  @Test
  void aCatalogThatIsAPipeIsRefusedAtOnce() {
    Run run = Run.of("plan", "--example", "--catalog", fifo.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err()).contains("is not a regular file (a pipe, a device or a socket)");
  }

  @Test
  void anInventoryPipeNothingWritesToEndsAfterTheWaitWithASentence() {
    long start = System.nanoTime();

    Run run = Run.of("plan", "--inventory", fifo.toString());

    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(run.err())
        .contains("cannot be read: no program wrote to it within 10 seconds")
        .doesNotContain("java.", "Exception");
    // Bounded, not a timing assertion on speed: the run must not outlive the documented wait much.
    assertThat(seconds).isLessThan(InputFiles.PIPE_WAIT_SECONDS + 20L);
  }

  @Test
  void anInventoryPipeWithAWriterIsReadAsAStream() throws Exception {
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, "name,churn\nweb01,100GB\nweb02,50GB\n");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();

    Run run = Run.of("plan", "--inventory", fifo.toString(), "--format", "json");

    writer.join(10_000);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"web01\"", "\"web02\"");
  }
}
