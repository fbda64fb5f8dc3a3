package org.asrsizing.whatif;

import java.util.Comparator;
import java.util.Locale;

/**
 * How a growth path meets a month that needs more room: by adding servers, by resizing servers
 * already bought to a larger tier, or by whichever is cheaper.
 */
public enum PathChange {
  /** The cheaper of adding and resizing: fewest vCPUs, then memory, cache disk and moves. */
  CHEAPEST,
  /** Only add servers; servers already bought keep their tier. */
  ADD,
  /** Resize servers already bought where that avoids adding one, even when adding costs less. */
  RESIZE;

  /** The word the command line takes, for example {@code cheapest}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Orders two ways to change a month: the first is the one taken. */
  Comparator<PathCandidate> order() {
    Comparator<PathCandidate> cost =
        Comparator.comparingInt(PathCandidate::unplaced)
            .thenComparingInt(PathCandidate::vcpus)
            .thenComparingLong(PathCandidate::memoryGiB)
            .thenComparingLong(PathCandidate::cacheDiskGiB)
            .thenComparingInt(PathCandidate::moves);
    return this == RESIZE
        ? Comparator.comparingInt(PathCandidate::unplaced)
            .thenComparingInt(PathCandidate::serversAdded)
            .thenComparing(cost)
        : cost;
  }
}
