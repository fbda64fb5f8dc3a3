package org.asrsizing.plan;

import java.util.Comparator;

/**
 * What placement moves as one: a machine, or all machines of one group.
 *
 * @param key machine name, or group name for a group
 * @param machines indices into the site's machine list
 * @param churnGiBPerDay total churn
 * @param minTier the smallest scale-out tier that holds it alone
 */
record Item(String key, int[] machines, double churnGiBPerDay, int minTier) {

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

  int count() {
    return machines.length;
  }
}
