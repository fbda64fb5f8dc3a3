package org.asrsizing.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ParseResult;

/**
 * A sign of life on standard error for work that takes more than a second: the elapsed seconds on
 * one line that is rewritten, and erased before anything else is written. Only for a person at a
 * terminal: never when a stream is redirected or piped (Java 17 tells that only through {@link
 * System#console()}), never under {@code CI}, never with {@code --quiet}; it never reaches an
 * output file.
 */
final class Progress implements AutoCloseable {

  private static final long FIRST_AFTER_MILLIS = 1000;

  /** Shows nothing. */
  private static final Progress NONE = new Progress(null);

  /** The one being shown, so that whatever writes next can erase it first. */
  private static volatile Progress current = NONE;

  private final ScheduledExecutorService ticker;
  private final PrintStream err;
  private final long start = System.nanoTime();
  private volatile boolean shown;

  private Progress(PrintStream err) {
    this.err = err;
    if (err == null) {
      this.ticker = null;
      return;
    }
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sizing-progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::tick, FIRST_AFTER_MILLIS, 1000, TimeUnit.MILLISECONDS);
  }

  /** Shows progress for the run {@code parsed} when a person watches it; otherwise nothing. */
  static Progress during(ParseResult parsed) {
    if (System.console() == null || System.getenv("CI") != null || quiet(parsed)) {
      return NONE;
    }
    current = new Progress(System.err);
    return current;
  }

  /**
   * Erases the line and stops showing progress: called before anything is written to standard
   * output or standard error, so the line never mixes with output.
   */
  static void stop() {
    current.close();
  }

  private static boolean quiet(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(CommonOptions.QUIET)) {
        return true;
      }
    }
    return false;
  }

  private synchronized void tick() {
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    err.print("\rsizing: working (" + seconds + " s)");
    err.flush();
    shown = true;
  }

  @Override
  public synchronized void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    if (shown) {
      err.print("\r" + " ".repeat(40) + "\r");
      err.flush();
    }
  }
}
