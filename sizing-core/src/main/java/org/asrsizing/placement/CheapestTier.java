package org.asrsizing.placement;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.asrsizing.catalog.Tier;

/**
 * The cheapest tier that holds a load, chosen the same way wherever a server is bought or re-typed.
 *
 * <p>One server of a tier is compared with one of another, so the count of servers always ties and
 * the order is the same whichever of vCPUs or servers a plan minimises first: fewest vCPUs, then
 * least memory, then least cache disk. Ties go to the earliest tier in the list given.
 */
public final class CheapestTier {

  /** Fewest vCPUs, then least memory, then least cache disk. */
  public static final Comparator<Tier> ORDER =
      Comparator.comparingInt(Tier::vcpus)
          .thenComparingInt(Tier::memoryGiB)
          .thenComparingInt(Tier::cacheDiskGiB);

  private CheapestTier() {}

  /**
   * The cheapest of {@code candidates} whose limits hold {@code machines} and {@code churn}; the
   * earliest on ties; {@code null} if none does.
   *
   * @param tierOf the tier a candidate stands for
   * @param limitsOf the limits a candidate is held to (usually its tier's at a headroom)
   */
  public static <T> T holding(
      List<T> candidates,
      Function<? super T, Tier> tierOf,
      Function<? super T, Limits> limitsOf,
      int machines,
      double churn) {
    T best = null;
    for (T c : candidates) {
      if (limitsOf.apply(c).holds(machines, churn)
          && (best == null || ORDER.compare(tierOf.apply(c), tierOf.apply(best)) < 0)) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The cheapest of {@code tiers} that holds the load with the share {@code usable} of its limits;
   * the earliest on ties; {@code null} if none does.
   */
  public static Tier holding(List<Tier> tiers, double usable, int machines, double churn) {
    return holding(tiers, t -> t, t -> Limits.ofUsable(t, usable), machines, churn);
  }
}
