package org.asrsizing.model;

import java.util.List;

/**
 * What an inventory tells about a machine beyond its churn, for the compatibility checks.
 *
 * @param os the operating system as the inventory names it, or {@code null} when not given
 * @param disks its disks, operating system disk first when known; empty when not described
 */
public record MachineProfile(String os, List<Disk> disks) {

  public MachineProfile {
    os = os == null || os.isBlank() ? null : os.strip();
    disks = disks == null ? List.of() : List.copyOf(disks);
  }

  /** Whether the profile says nothing. */
  public boolean isEmpty() {
    return os == null && disks.isEmpty();
  }
}
