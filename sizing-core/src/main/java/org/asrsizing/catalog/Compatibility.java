package org.asrsizing.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the support matrix says a machine must be for Site Recovery to protect it.
 *
 * @param operatingSystems the support table; the first row whose pattern matches decides
 * @param disks limits on disk sizes and IOPS
 */
public record Compatibility(List<OperatingSystem> operatingSystems, DiskLimits disks) {

  public Compatibility {
    operatingSystems = operatingSystems == null ? List.of() : List.copyOf(operatingSystems);
  }

  /** The row of the support table that names {@code os}, if any. */
  public Optional<OperatingSystem> operatingSystem(String os) {
    return operatingSystems.stream().filter(o -> o.matches(os)).findFirst();
  }
}
