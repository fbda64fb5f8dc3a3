package org.asrsizing.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the support matrix says a machine must be for Site Recovery to protect it.
 *
 * @param operatingSystems the support table; the first row whose pattern matches decides
 * @param disks limits on disk sizes and IOPS
 * @param premiumDisks the Premium disk sizes, smallest first, for the recommended target disk;
 *     empty when the catalog gives none
 * @param boot the rules for UEFI machines, or {@code null} when the catalog gives none
 */
public record Compatibility(
    List<OperatingSystem> operatingSystems,
    DiskLimits disks,
    List<PremiumDisk> premiumDisks,
    BootRules boot) {

  public Compatibility {
    operatingSystems = operatingSystems == null ? List.of() : List.copyOf(operatingSystems);
    premiumDisks = premiumDisks == null ? List.of() : List.copyOf(premiumDisks);
  }

  /** The smallest Premium disk that holds a disk of {@code sizeGiB}, if any does. */
  public Optional<PremiumDisk> premiumDisk(double sizeGiB) {
    return premiumDisks.stream().filter(p -> sizeGiB <= p.maxSizeGiB() * (1 + 1e-9)).findFirst();
  }

  /** The row of the support table that names {@code os}, if any. */
  public Optional<OperatingSystem> operatingSystem(String os) {
    return operatingSystems.stream().filter(o -> o.matches(os)).findFirst();
  }
}
