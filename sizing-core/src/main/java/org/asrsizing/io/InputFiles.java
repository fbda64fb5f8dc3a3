package org.asrsizing.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What an input path is, so that no read waits forever: a named pipe with no writer blocks the
 * process that opens it, and a device may never end.
 */
public final class InputFiles {

  /** How long opening a pipe waits for a program to write to it. */
  public static final int PIPE_WAIT_SECONDS = 10;

  private InputFiles() {}

  /**
   * Why {@code path} is not read as an input file, when it exists but is neither a regular file nor
   * a folder (a named pipe, a device or a socket); empty otherwise.
   */
  public static Optional<String> notARegularFile(Path path) {
    if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
      return Optional.of("is not a regular file (a pipe, a device or a socket); give a file");
    }
    return Optional.empty();
  }

  /**
   * Opens a pipe such as {@code /dev/stdin} or a shell's {@code <(...)}, waiting at most {@value
   * #PIPE_WAIT_SECONDS} seconds for a program to write to it.
   *
   * @throws IOException when it cannot be opened, or nothing opened it for writing in time
   */
  public static InputStream openPipe(Path path) throws IOException {
    CompletableFuture<InputStream> open =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.newInputStream(path);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            runnable -> {
              // A daemon thread: if no writer ever comes, the blocked open must not keep the
              // process alive after the error is reported.
              Thread t = new Thread(runnable, "open-pipe");
              t.setDaemon(true);
              t.start();
            });
    try {
      return open.get(PIPE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException("no program wrote to it within " + PIPE_WAIT_SECONDS + " seconds", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while opening the pipe");
    }
  }
}
