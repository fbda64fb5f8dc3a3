package org.asrsizing.operate;

import java.util.Comparator;
import org.asrsizing.catalog.Tier;

/** How added servers are chosen among tiers. */
final class Tiers {

  /** Fewest vCPUs, then least memory, then least cache disk: the planner's default order. */
  static final Comparator<Tier> CHEAPEST =
      Comparator.comparingInt(Tier::vcpus)
          .thenComparingInt(Tier::memoryGiB)
          .thenComparingInt(Tier::cacheDiskGiB)
          .thenComparing(Tier::name);

  private Tiers() {}
}
