package org.asrsizing.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for the tests that read or write one; POSIX only (mkfifo). */
final class NamedPipes {

  private NamedPipes() {}

  /** A new named pipe at {@code path}; the test is skipped where mkfifo is not available. */
  static Path make(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    assumeTrue(
        mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");
    return path;
  }

  /** What a writer puts into a pipe; an {@link IOException} ends it quietly. */
  interface Writing {
    void into(OutputStream out) throws IOException;
  }

  /**
   * Starts a daemon thread that opens {@code pipe} for writing (which waits for a reader) and
   * writes what {@code writing} writes. A reader that closes the pipe early ends it.
   */
  static Thread writeInBackground(Path pipe, Writing writing) {
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(pipe)) {
                writing.into(out);
              } catch (IOException closed) {
                // the reader has what it needs and closed the pipe
              }
            });
    writer.setDaemon(true);
    writer.start();
    return writer;
  }
}
