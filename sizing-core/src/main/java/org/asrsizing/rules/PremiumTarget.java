package org.asrsizing.rules;

import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Compatibility;
import org.asrsizing.catalog.DiskChurnLimit;
import org.asrsizing.catalog.PremiumDisk;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/**
 * The recommended Premium target of a disk that writes more than a Standard disk takes: the
 * smallest Premium disk that holds its size, or a larger one when that one's churn limit is too low
 * for the disk (the Deployment Planner's way: a bigger disk for its higher limit).
 */
final class PremiumTarget {

  private PremiumTarget() {}

  /**
   * The recommendation's words, or empty when the catalog has no Premium sizes or the disk's size
   * is unknown or larger than every one of them.
   */
  static Optional<String> of(
      Disk disk, double rateMBps, Catalog catalog, List<DiskChurnLimit> limits) {
    Compatibility c = catalog.compatibility();
    if (c == null || disk.sizeGiB() == null) {
      return Optional.empty();
    }
    Optional<PremiumDisk> bySize = c.premiumDisk(disk.sizeGiB());
    if (bySize.isEmpty()) {
      return Optional.empty();
    }
    List<PremiumDisk> from =
        c.premiumDisks().subList(c.premiumDisks().indexOf(bySize.get()), c.premiumDisks().size());
    for (PremiumDisk p : from) {
      Optional<DiskChurnLimit> best = best(p, limits);
      if (best.isPresent() && !Limits.exceedsRelative(rateMBps, best.get().maxChurnMBps())) {
        return Optional.of(words(disk, bySize.get(), p, best.get()));
      }
    }
    return Optional.empty();
  }

  /** The row of the churn table with the highest limit for {@code p}'s target storage. */
  private static Optional<DiskChurnLimit> best(PremiumDisk p, List<DiskChurnLimit> limits) {
    return limits.stream()
        .filter(l -> l.targetStorage().equals(p.targetStorage()))
        .reduce((a, b) -> b.maxChurnMBps() >= a.maxChurnMBps() ? b : a);
  }

  private static String words(Disk disk, PremiumDisk bySize, PremiumDisk chosen, DiskChurnLimit l) {
    String size = Units.number(disk.sizeGiB(), 0) + " GiB";
    String why =
        chosen.equals(bySize)
            ? "the Premium size for its " + size
            : "larger than the "
                + bySize.name()
                + " its "
                + size
                + " needs, for the churn limit ("
                + bySize.targetStorage()
                + " takes less)";
    return "replicate it to a Premium "
        + chosen.name()
        + " disk ("
        + why
        + "; "
        + l.targetStorage()
        + " takes up to "
        + CompatibilityRules.mbps(l.maxChurnMBps())
        + " at "
        + l.averageIoSize()
        + " writes)";
  }
}
