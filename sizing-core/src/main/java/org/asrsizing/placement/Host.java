package org.asrsizing.placement;

import java.util.List;

/**
 * A slot whose loads are known one by one and may be moved, which making room needs.
 *
 * @param <L> what it carries
 */
public interface Host<L extends Load> extends Slot {

  /** What it carries, in the order it was added. */
  List<L> loads();

  /** Adds {@code load}. */
  void add(L load);

  /** Removes and returns the load at {@code index} of {@link #loads()}. */
  L take(int index);
}
