package org.asrsizing.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
}
