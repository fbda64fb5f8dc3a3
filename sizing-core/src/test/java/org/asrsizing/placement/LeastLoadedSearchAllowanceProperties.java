package org.asrsizing.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * With an allowance outside the slots (a configuration server's room, shared by its process
 * servers), the search still picks what the scan picks among the slots the allowance lets take the
 * load: as new machines are placed, each managed server's room falls when a sibling takes a machine
 * and now and then without any change of a slot at all, which the search is not told about.
 */
class LeastLoadedSearchAllowanceProperties {

  private static final int[] MACHINE_LIMITS = {0, 1, 3, 8, 40};
  private static final double[] CHURN_LIMITS = {0, 1, 2.5, 40};

  /** What several slots share: the machines their manager may still take. */
  private static final class Manager {
    int room;

    Manager(int room) {
      this.room = room;
    }
  }

  private record TestLoad(int count, double churnGiBPerDay) implements Load {}

  @Property(tries = 500)
  void picksWhatTheScanPicksAmongTheAllowed(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 30) int slotCount,
      @ForAll @IntRange(min = 1, max = 300) int loads) {
    Random random = new Random(seed);
    List<Manager> managers = new ArrayList<>();
    for (int m = 1 + random.nextInt(6); m > 0; m--) {
      managers.add(new Manager(random.nextInt(60)));
    }
    List<TestHost<TestLoad>> slots = new ArrayList<>();
    Map<TestHost<TestLoad>, Manager> managerOf = new IdentityHashMap<>();
    for (int i = 0; i < slotCount; i++) {
      TestHost<TestLoad> s =
          new TestHost<>(
              "s" + i,
              MACHINE_LIMITS[random.nextInt(MACHINE_LIMITS.length)],
              CHURN_LIMITS[random.nextInt(CHURN_LIMITS.length)]);
      s.machines = random.nextInt(s.machineLimit + 1);
      s.churn = random.nextInt(5) * s.churnLimit / 4;
      slots.add(s);
      managerOf.put(s, managers.get(random.nextInt(managers.size())));
    }
    LeastLoadedSearch<TestHost<TestLoad>> search =
        new LeastLoadedSearch<>(slots, s -> managerOf.get(s).room);
    for (int i = 0; i < loads; i++) {
      if (random.nextInt(10) == 0) {
        Manager m = managers.get(random.nextInt(managers.size()));
        m.room -= random.nextInt(Math.max(1, m.room + 1));
      }
      TestLoad load =
          new TestLoad(
              random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 1, random.nextInt(8) / 10.0);
      TestHost<TestLoad> scanned =
          Slots.leastLoadedFit(slots, load, s -> managerOf.get(s).room >= load.count());
      TestHost<TestLoad> found = search.find(load);
      assertThat(found).as("load %d, %s", i, load).isSameAs(scanned);
      if (found != null) {
        found.add(load);
        managerOf.get(found).room -= load.count();
        search.changed(found);
      }
    }
  }
}
