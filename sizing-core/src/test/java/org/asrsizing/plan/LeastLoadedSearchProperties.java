package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.asrsizing.catalog.Tier;
import org.asrsizing.placement.LeastLoadedSearch;
import org.asrsizing.placement.Slots;

/**
 * The search picks, step by step, the very server the scan of {@link Slots#leastLoadedFit} picks,
 * as a repair uses it: machines placed one after another on servers of a few capacities, some added
 * as the ones there fill up, with loads drawn so that ties are common.
 */
class LeastLoadedSearchProperties {

  private static final int[] MACHINES = {0, 1, 3, 20, 200, 350};
  private static final double[] CHURN = {0, 5, 40, 2048, 4096};

  @Property(tries = 300)
  void picksWhatTheScanPicks(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int servers,
      @ForAll @IntRange(min = 1, max = 400) int items) {
    Random random = new Random(seed);
    List<Capacity> capacities = new ArrayList<>();
    for (int t = 0; t < 1 + random.nextInt(3); t++) {
      int machines = MACHINES[random.nextInt(MACHINES.length)];
      double churn = CHURN[random.nextInt(CHURN.length)];
      Tier tier = new Tier("t" + t, 8, null, null, 16, 600, churn, machines, "test");
      capacities.add(Capacity.of(t, tier, random.nextBoolean() ? 1 : 0.8));
    }
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < servers; i++) {
      Bin b = new Bin(capacities.get(random.nextInt(capacities.size())), i);
      // Some start loaded, as servers a packing filled would.
      for (int k = random.nextInt(3); k > 0; k--) {
        b.add(item(random, k));
      }
      bins.add(b);
    }
    LeastLoadedSearch<Bin> search = new LeastLoadedSearch<>(bins);
    for (int i = 0; i < items; i++) {
      Item item = item(random, i);
      Bin scanned = Slots.leastLoadedFit(bins, item);
      Bin found = search.find(item);
      assertThat(found).as("item %d, %s", i, item).isSameAs(scanned);
      if (found == null) {
        Bin added = new Bin(capacities.get(random.nextInt(capacities.size())), bins.size());
        added.add(item);
        bins.add(added);
        search.append(added);
      } else {
        found.add(item);
        search.changed(found);
      }
    }
  }

  /**
   * One machine most of the time, a group of a few now and then; churn on a coarse grid (ties) or
   * in thirds and tenths (sums that round).
   */
  private static Item item(Random random, int i) {
    int count = random.nextInt(8) == 0 ? 2 + random.nextInt(4) : 1;
    int step = random.nextInt(80);
    double churn =
        switch (random.nextInt(5)) {
          case 0 -> 0;
          case 1 -> step / 3.0;
          case 2 -> 0.1 * step;
          default -> 0.5 * step;
        };
    int[] machines = new int[count];
    for (int k = 0; k < count; k++) {
      machines[k] = i * 8 + k;
    }
    return new Item("i" + i, machines, churn, 0);
  }
}
