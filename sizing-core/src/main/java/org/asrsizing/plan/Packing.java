package org.asrsizing.plan;

import java.util.List;

/** One way of putting items, largest first, on a given set of servers. */
interface Packing {

  /** Adds {@code items} (sorted largest first) to {@code bins}; what fits nowhere to leftovers. */
  void pack(List<Item> items, List<Bin> bins, List<Item> leftovers);
}
