package org.asrsizing.plan;

import java.util.Comparator;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Preference;

/** The quantities a deployment is compared by. */
record Cost(long vcpus, long servers, long memoryGiB, long cacheDiskGiB) {

  static final Cost ZERO = new Cost(0, 0, 0, 0);

  static Cost of(Tier tier) {
    return new Cost(tier.vcpus(), 1, tier.memoryGiB(), tier.cacheDiskGiB());
  }

  static Cost of(int vcpus, int memoryGiB, int cacheDiskGiB) {
    return new Cost(vcpus, 1, memoryGiB, cacheDiskGiB);
  }

  Cost plus(Cost o) {
    return new Cost(
        vcpus + o.vcpus,
        servers + o.servers,
        memoryGiB + o.memoryGiB,
        cacheDiskGiB + o.cacheDiskGiB);
  }

  Cost times(long k) {
    return new Cost(vcpus * k, servers * k, memoryGiB * k, cacheDiskGiB * k);
  }

  /** The quantity the preference minimises first. */
  long primary(Preference p) {
    return p == Preference.SERVERS ? servers : vcpus;
  }

  static Comparator<Cost> order(Preference p) {
    Comparator<Cost> first =
        p == Preference.SERVERS
            ? Comparator.comparingLong(Cost::servers).thenComparingLong(Cost::vcpus)
            : Comparator.comparingLong(Cost::vcpus).thenComparingLong(Cost::servers);
    return first.thenComparingLong(Cost::memoryGiB).thenComparingLong(Cost::cacheDiskGiB);
  }
}
