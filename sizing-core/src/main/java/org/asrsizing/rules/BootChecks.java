package org.asrsizing.rules;

import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.BootRules;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.DiskLimits;
import org.asrsizing.catalog.OperatingSystem;
import org.asrsizing.model.BootType;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/**
 * The support matrix's checks of how a machine boots and of the kind of its disks: UEFI rules, the
 * operating system disk's size by generation, 4K sectors, and the smaller data disks a storage
 * account takes. Each runs only on what the inventory gives.
 */
final class BootChecks {

  private BootChecks() {}

  /** A UEFI machine with Secure Boot on, or UEFI on a system the matrix rules out with UEFI. */
  static void hard(Machine m, Catalog catalog, List<Finding> out) {
    MachineProfile p = m.profile();
    BootRules rules = catalog.compatibility().boot();
    if (rules == null || p.boot() != BootType.UEFI) {
      return;
    }
    if (!rules.secureBootSupported() && Boolean.TRUE.equals(p.secureBoot())) {
      out.add(
          boot(
              m,
              "boots UEFI with Secure Boot on, which replication does not support: turn Secure"
                  + " Boot off first",
              catalog.cite(rules.source())));
    }
    if (p.os() != null) {
      Optional<OperatingSystem> row = rules.uefiUnsupported(p.os());
      row.ifPresent(
          r ->
              out.add(
                  boot(
                      m,
                      "boots UEFI on "
                          + CompatibilityRules.quoted(p.os())
                          + ", which the support matrix does not support with UEFI ("
                          + r.name()
                          + ")",
                      catalog.cite(r.source()))));
    }
  }

  private static Finding boot(Machine m, String problem, String source) {
    return new Finding(
        Rule.MACHINE_BOOT, Severity.ERROR, "machine " + m.name() + " " + problem, source);
  }

  /** The operating system disk's limit: a BIOS machine's where it boots BIOS, else UEFI's. */
  static double maxOsDiskGiB(MachineProfile p, DiskLimits d) {
    return p.boot() == BootType.BIOS && d.maxBiosOsDiskGiB() != null
        ? d.maxBiosOsDiskGiB()
        : d.maxOsDiskGiB();
  }

  /** How the size message names the operating system disk, with its generation when known. */
  static String osDiskName(MachineProfile p, DiskLimits d) {
    if (p.boot() == null || d.maxBiosOsDiskGiB() == null) {
      return "operating system disk";
    }
    return p.boot() == BootType.BIOS
        ? "BIOS (Generation 1) machine's operating system disk"
        : "UEFI (Generation 2) machine's operating system disk";
  }

  /** A disk whose logical sector size is not the one the matrix supports (4K disks). */
  static void sector(Machine m, int i, Disk disk, Catalog catalog, List<Finding> out) {
    DiskLimits d = catalog.compatibility().disks();
    Integer supported = d.supportedLogicalSectorBytes();
    if (supported == null
        || disk.logicalSectorBytes() == null
        || disk.logicalSectorBytes().equals(supported)) {
      return;
    }
    out.add(
        new Finding(
            Rule.DISK_SECTOR,
            Severity.ERROR,
            "machine "
                + m.name()
                + " "
                + CompatibilityRules.label(i, disk)
                + " has "
                + disk.logicalSectorBytes()
                + "-byte logical sectors; only "
                + supported
                + "-byte logical sectors can be replicated (4K native and 4K logical on 512-byte"
                + " physical sectors are not supported)",
            catalog.cite(d.matrixSource())));
  }

  /**
   * Data disks larger than a storage account takes: a warning, since replication to managed disks
   * takes them; the choice of target is the user's.
   */
  static void storageAccount(Machine m, MachineProfile p, Catalog catalog, List<Finding> out) {
    DiskLimits d = catalog.compatibility().disks();
    Double max = d.maxStorageAccountDataDiskGiB();
    if (max == null) {
      return;
    }
    for (int i = 0; i < p.disks().size(); i++) {
      Disk disk = p.disks().get(i);
      if (disk.osDisk()
          || disk.sizeGiB() == null
          || !Limits.exceedsRelative(disk.sizeGiB(), max)
          || Limits.exceedsRelative(disk.sizeGiB(), d.maxDataDiskGiB())) {
        continue;
      }
      out.add(
          new Finding(
              Rule.DISK_STORAGE_ACCOUNT,
              Severity.WARNING,
              "machine "
                  + m.name()
                  + " "
                  + CompatibilityRules.label(i, disk)
                  + " has "
                  + Units.number(disk.sizeGiB(), 0)
                  + " GiB, more than the "
                  + Units.number(max, 0)
                  + " GiB a data disk replicated to a storage account may have: replicate it to"
                  + " managed disks (up to "
                  + Units.number(d.maxDataDiskGiB(), 0)
                  + " GiB)",
              catalog.cite(d.matrixSource())));
    }
  }
}
