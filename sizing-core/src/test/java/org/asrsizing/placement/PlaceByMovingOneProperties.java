package org.asrsizing.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Making room by moving one load ends as the plain scan ends (the first host that fits, else the
 * first host in order whose latest load that can be swapped out fits the first other host),
 * whatever the bound on the other hosts' room leaves out: on hosts filled to their limits and just
 * past them, with churns of a tenth (which do not add exactly), so that ties at the limit and the
 * tolerance are common.
 */
class PlaceByMovingOneProperties {

  private static final int[] MACHINE_LIMITS = {1, 2, 3, 5, 8};
  private static final double[] CHURN_LIMITS = {0.3, 1, 2.5, 10};

  @Property(tries = 2000)
  void endsAsThePlainScanEnds(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int hosts,
      @ForAll @IntRange(min = 1, max = 10) int incoming) {
    Random random = new Random(seed);
    List<TestHost<TestLoad>> bounded = new ArrayList<>();
    List<TestHost<TestLoad>> plain = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      TestHost<TestLoad> host =
          new TestHost<>(
              "h" + h,
              MACHINE_LIMITS[random.nextInt(MACHINE_LIMITS.length)],
              CHURN_LIMITS[random.nextInt(CHURN_LIMITS.length)]);
      for (int k = random.nextInt(host.machineLimit + 1); k > 0; k--) {
        host.add(load(random));
      }
      bounded.add(host);
      plain.add(host.copy());
    }
    for (int i = 0; i < incoming; i++) {
      TestLoad load = load(random);
      boolean placed = Slots.placeByMovingOne(load, bounded);
      assertThat(placed).as("load %d, %s", i, load).isEqualTo(plainScan(load, plain));
      for (int h = 0; h < hosts; h++) {
        assertThat(bounded.get(h).loads)
            .as("host %d after load %d", h, i)
            .containsExactlyElementsOf(plain.get(h).loads);
      }
    }
  }

  /** Loads of one machine, sometimes a group, with churn in tenths of a GiB/day up to 1.2. */
  private static TestLoad load(Random random) {
    int count = random.nextInt(6) == 0 ? 2 : 1;
    return new TestLoad(count, random.nextInt(13) / 10.0);
  }

  /** The scan as written before the bound: every host, every load, every other host. */
  private static boolean plainScan(TestLoad load, List<TestHost<TestLoad>> hosts) {
    for (TestHost<TestLoad> host : hosts) {
      if (host.fits(load)) {
        host.add(load);
        return true;
      }
    }
    for (TestHost<TestLoad> host : hosts) {
      for (int i = host.loads.size() - 1; i >= 0; i--) {
        TestLoad moved = host.loads.get(i);
        if (!host.fitsSwapping(moved, load)) {
          continue;
        }
        for (TestHost<TestLoad> other : hosts) {
          if (other != host && other.fits(moved)) {
            other.add(host.take(i));
            host.add(load);
            return true;
          }
        }
      }
    }
    return false;
  }

  private record TestLoad(int count, double churnGiBPerDay) implements Load {}
}
