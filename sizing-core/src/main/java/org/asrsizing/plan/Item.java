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
      Comparator.comparingDouble(Item::churnGiBPerDay)
          .reversed()
          .thenComparing(Comparator.comparingInt(Item::count).reversed())
          .thenComparing(Item::key);

  int count() {
    return machines.length;
  }
}
