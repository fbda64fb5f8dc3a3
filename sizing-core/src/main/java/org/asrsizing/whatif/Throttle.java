package org.asrsizing.whatif;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily window in which replication may use at most {@code mbps}, as ASR's bandwidth throttling
 * on a process server allows (work hours versus nights). A window whose end is not after its start
 * runs over midnight.
 *
 * @param from clock time the window starts, in the clock of the samples
 * @param to clock time it ends
 * @param mbps the most replication may use in it, Mbps (10^6 bit/s)
 */
public record Throttle(LocalTime from, LocalTime to, double mbps) {

  public Throttle {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!Double.isFinite(mbps) || mbps < 0) {
      throw new IllegalArgumentException("a throttle rate must be a number of Mbps >= 0");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException(
          "a throttle window must not start and end at the same time");
    }
  }

  /** Whether {@code secondOfDay} falls in the window (start inclusive, end exclusive). */
  boolean covers(long secondOfDay) {
    long a = from.toSecondOfDay();
    long b = to.toSecondOfDay();
    return a < b ? secondOfDay >= a && secondOfDay < b : secondOfDay >= a || secondOfDay < b;
  }
}
