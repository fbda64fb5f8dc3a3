package org.asrsizing.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.placement.Load;

/**
 * What placement moves as one: a machine, or all machines of one group.
 *
 * @param key machine name, or group name for a group
 * @param machines indices into the site's machine list
 * @param churnGiBPerDay total churn
 * @param minTier the smallest scale-out tier that holds it alone
 */
record Item(String key, int[] machines, double churnGiBPerDay, int minTier) implements Load {

  /** Largest first: churn, then machine count; then by key, so input order never matters. */
  static final Comparator<Item> LARGEST_FIRST =
      (a, b) -> {
        // Written out rather than chained: this sorts a million items per plan.
        int c = Double.compare(b.churnGiBPerDay, a.churnGiBPerDay);
        if (c != 0) {
          return c;
        }
        c = Integer.compare(b.machines.length, a.machines.length);
        return c != 0 ? c : a.key.compareTo(b.key);
      };

  /**
   * Sorts {@link #LARGEST_FIRST}, given items in key order. Single machines sort on primitive keys
   * (churn to 2^-31 relative, then position), which is several times faster for a million items;
   * churns that close count as equal and keep key order, so the result still never depends on the
   * order of the input.
   */
  static void sortLargestFirst(List<Item> items) {
    int n = items.size();
    boolean singles = n < (1 << POSITION_BITS);
    for (int i = 0; i < n && singles; i++) {
      singles = items.get(i).machines.length == 1;
    }
    if (!singles) {
      items.sort(LARGEST_FIRST);
      return;
    }
    long[] keys = new long[n];
    long top = (1L << (63 - POSITION_BITS)) - 1;
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToLongBits(items.get(i).churnGiBPerDay) >>> POSITION_BITS;
      keys[i] = ((top - bits) << POSITION_BITS) | i;
    }
    Arrays.sort(keys);
    Item[] sorted = new Item[n];
    long mask = (1L << POSITION_BITS) - 1;
    for (int i = 0; i < n; i++) {
      sorted[i] = items.get((int) (keys[i] & mask));
    }
    for (int i = 0; i < n; i++) {
      items.set(i, sorted[i]);
    }
  }

  private static final int POSITION_BITS = 21;

  @Override
  public int count() {
    return machines.length;
  }
}
