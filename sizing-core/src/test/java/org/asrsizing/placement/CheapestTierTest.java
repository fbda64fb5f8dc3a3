package org.asrsizing.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Preference;
import org.junit.jupiter.api.Test;

class CheapestTierTest {

  private static Tier tier(
      String name, int vcpus, int memory, int cache, int machines, double churn) {
    return new Tier(name, vcpus, null, null, memory, cache, churn, machines, "test");
  }

  private static final Tier SMALL = tier("small", 8, 16, 300, 85, 250);
  private static final Tier MEDIUM = tier("medium", 12, 18, 600, 150, 1024);
  private static final Tier LARGE = tier("large", 16, 32, 1024, 225, 2048);

  @Test
  void theCheapestTierThatHoldsTheLoadIsChosen() {
    List<Tier> tiers = List.of(SMALL, MEDIUM, LARGE);
    assertThat(CheapestTier.holding(tiers, 1.0, 85, 250)).isEqualTo(SMALL);
    assertThat(CheapestTier.holding(tiers, 1.0, 86, 0)).isEqualTo(MEDIUM);
    assertThat(CheapestTier.holding(tiers, 1.0, 1, 1024.5)).isEqualTo(LARGE);
    assertThat(CheapestTier.holding(tiers, 1.0, 226, 0)).isNull();
  }

  @Test
  void theHeadroomIsAppliedToTheLimits() {
    List<Tier> tiers = List.of(SMALL, MEDIUM, LARGE);
    assertThat(CheapestTier.holding(tiers, 0.8, 68, 0)).isEqualTo(SMALL);
    assertThat(CheapestTier.holding(tiers, 0.8, 69, 0)).isEqualTo(MEDIUM);
  }

  @Test
  void aCheaperLargerTierWinsOverASmallerOne() {
    Tier cheapBig = tier("big", 4, 8, 100, 225, 2048);
    assertThat(CheapestTier.holding(List.of(SMALL, cheapBig), 1.0, 1, 1)).isEqualTo(cheapBig);
  }

  @Test
  void memoryThenCacheDiskBreakATieInVcpus() {
    Tier lessMemory = tier("b", 8, 8, 900, 85, 250);
    Tier lessCache = tier("c", 8, 8, 100, 85, 250);
    assertThat(CheapestTier.holding(List.of(SMALL, lessMemory), 1.0, 1, 1)).isEqualTo(lessMemory);
    assertThat(CheapestTier.holding(List.of(SMALL, lessMemory, lessCache), 1.0, 1, 1))
        .isEqualTo(lessCache);
  }

  @Test
  void onAFullTieTheEarliestTierInTheListWins() {
    Tier twinB = tier("b", 8, 16, 300, 150, 250);
    Tier twinA = tier("a", 8, 16, 300, 100, 250);
    assertThat(CheapestTier.holding(List.of(twinB, twinA), 1.0, 1, 1)).isEqualTo(twinB);
    assertThat(CheapestTier.holding(List.of(twinA, twinB), 1.0, 1, 1)).isEqualTo(twinA);
  }

  /**
   * The planner's choice (tiers in catalog order, compared by the cost of one server under either
   * preference, the first of equals kept) and the operator's (the minimum by vCPUs, memory, cache
   * disk and name) on random tiers with many ties: the kernel gives the first with the catalog's
   * order, the second with the tiers in name order.
   */
  @Test
  void itChoosesAsThePlannerAndTheOperatorDid() {
    Random random = new Random(20261202);
    for (int round = 0; round < 5000; round++) {
      List<Tier> tiers = new ArrayList<>();
      int size = 1 + random.nextInt(5);
      for (int i = 0; i < size; i++) {
        tiers.add(
            tier(
                "t" + random.nextInt(10),
                4 * (1 + random.nextInt(3)),
                8 * (1 + random.nextInt(2)),
                100 * (1 + random.nextInt(2)),
                10 + random.nextInt(200),
                50 + random.nextInt(2000)));
      }
      double usable = 0.5 + random.nextInt(6) / 10.0;
      int machines = random.nextInt(150);
      double churn = random.nextInt(1500) + random.nextDouble();
      List<Tier> byName = tiers.stream().sorted(Comparator.comparing(Tier::name)).toList();
      Tier kernel = CheapestTier.holding(tiers, usable, machines, churn);
      for (Preference p : Preference.values()) {
        assertThat(kernel).isSameAs(planner(tiers, p, usable, machines, churn));
      }
      assertThat(CheapestTier.holding(byName, usable, machines, churn))
          .isEqualTo(operator(tiers, usable, machines, churn));
    }
  }

  /** The planner's former choice: Cost.order(preference) over Cost.of(tier), first of equals. */
  private static Tier planner(
      List<Tier> tiers, Preference p, double usable, int machines, double churn) {
    Comparator<long[]> byServersFirst =
        Comparator.<long[]>comparingLong(c -> c[1]).thenComparingLong(c -> c[0]);
    Comparator<long[]> byVcpusFirst =
        Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]);
    Comparator<long[]> order =
        (p == Preference.SERVERS ? byServersFirst : byVcpusFirst)
            .thenComparingLong(c -> c[2])
            .thenComparingLong(c -> c[3]);
    Tier best = null;
    for (Tier t : tiers) {
      if (Limits.ofUsable(t, usable).holds(machines, churn)
          && (best == null || order.compare(cost(t), cost(best)) < 0)) {
        best = t;
      }
    }
    return best;
  }

  private static long[] cost(Tier t) {
    return new long[] {t.vcpus(), 1, t.memoryGiB(), t.cacheDiskGiB()};
  }

  /** The operator's former choice: the minimum by vCPUs, memory, cache disk, then name. */
  private static Tier operator(List<Tier> tiers, double usable, int machines, double churn) {
    Comparator<Tier> cheapest =
        Comparator.comparingInt(Tier::vcpus)
            .thenComparingInt(Tier::memoryGiB)
            .thenComparingInt(Tier::cacheDiskGiB)
            .thenComparing(Tier::name);
    return tiers.stream()
        .filter(t -> Limits.ofUsable(t, usable).holds(machines, churn))
        .min(cheapest)
        .orElse(null);
  }
}
