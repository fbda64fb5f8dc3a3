package org.asrsizing.model;

import java.util.List;

/**
 * What an inventory tells about a machine beyond its churn, for the compatibility checks.
 *
 * @param os the operating system as the inventory names it, or {@code null} when not given
 * @param disks its disks, operating system disk first when known; empty when not described
 * @param boot how it boots, or {@code null} when not given
 * @param secureBoot whether UEFI Secure Boot is on, or {@code null} when not given
 */
public record MachineProfile(String os, List<Disk> disks, BootType boot, Boolean secureBoot) {

  public MachineProfile {
    os = os == null || os.isBlank() ? null : os.strip();
    disks = disks == null ? List.of() : List.copyOf(disks);
  }

  /** A profile whose boot type is unknown. */
  public MachineProfile(String os, List<Disk> disks) {
    this(os, disks, null, null);
  }

  /** Whether the profile says nothing. */
  public boolean isEmpty() {
    return os == null && disks.isEmpty() && boot == null && secureBoot == null;
  }
}
