package org.asrsizing.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Compatibility;
import org.asrsizing.catalog.DiskChurnLimit;
import org.asrsizing.catalog.DiskLimits;
import org.asrsizing.catalog.OperatingSystem;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/**
 * The support matrix's checks of one machine's operating system and disks, run only on what the
 * inventory gives: an unknown fact is never a finding here (the readers say once which column is
 * missing).
 */
final class CompatibilityRules {

  private CompatibilityRules() {}

  /** What rules the machine out: an unsupported operating system, a disk out of size. */
  static List<Finding> hard(Machine m, Catalog catalog) {
    List<Finding> out = new ArrayList<>();
    Compatibility c = catalog.compatibility();
    MachineProfile p = m.profile();
    if (c == null || p == null) {
      return List.of(); // most machines of a large inventory: no list for each
    }
    if (p.os() != null) {
      Optional<OperatingSystem> row = c.operatingSystem(p.os());
      if (row.isPresent() && !row.get().supported()) {
        out.add(
            new Finding(
                Rule.MACHINE_OS_UNSUPPORTED,
                Severity.ERROR,
                "machine "
                    + m.name()
                    + " runs "
                    + quoted(p.os())
                    + ", which the support matrix does not support ("
                    + row.get().name()
                    + ")",
                catalog.cite(row.get().source())));
      }
    }
    BootChecks.hard(m, catalog, out);
    DiskLimits d = c.disks();
    for (int i = 0; i < p.disks().size(); i++) {
      Disk disk = p.disks().get(i);
      BootChecks.sector(m, i, disk, catalog, out);
      if (disk.sizeGiB() == null) {
        continue;
      }
      double max = disk.osDisk() ? BootChecks.maxOsDiskGiB(p, d) : d.maxDataDiskGiB();
      String what = disk.osDisk() ? BootChecks.osDiskName(p, d) : "data disk";
      if (Limits.exceedsRelative(disk.sizeGiB(), max)) {
        out.add(
            diskSize(
                m,
                i,
                disk,
                "larger than the " + Units.number(max, 0) + " GiB a " + what + " may have",
                catalog,
                d));
      } else if (disk.sizeGiB() <= d.minDiskGiB()) {
        out.add(
            diskSize(
                m,
                i,
                disk,
                "not larger than the " + Units.number(d.minDiskGiB(), 0) + " GiB minimum",
                catalog,
                d));
      }
    }
    return out;
  }

  private static Finding diskSize(
      Machine m, int i, Disk disk, String problem, Catalog catalog, DiskLimits d) {
    return new Finding(
        Rule.DISK_SIZE,
        Severity.ERROR,
        "machine "
            + m.name()
            + " "
            + label(i, disk)
            + " has "
            + Units.number(disk.sizeGiB(), 0)
            + " GiB, "
            + problem,
        catalog.cite(d.source()));
  }

  /** Warnings: an operating system no row names, disks above churn or IOPS limits. */
  static List<Finding> warnings(Machine m, Catalog catalog) {
    List<Finding> out = new ArrayList<>();
    Compatibility c = catalog.compatibility();
    MachineProfile p = m.profile();
    if (c == null || p == null) {
      return List.of(); // most machines of a large inventory: no list for each
    }
    if (p.os() != null && c.operatingSystem(p.os()).isEmpty()) {
      out.add(
          new Finding(
              Rule.MACHINE_OS_UNRECOGNISED,
              Severity.WARNING,
              "machine "
                  + m.name()
                  + " runs "
                  + quoted(p.os())
                  + ", which no row of the support table names: check it against the support"
                  + " matrix by hand",
              c.operatingSystems().isEmpty()
                  ? ""
                  : catalog.cite(c.operatingSystems().get(0).source())));
    }
    diskChurn(m, p, catalog, out);
    iops(m, p, catalog, c.disks(), out);
    BootChecks.storageAccount(m, p, catalog, out);
    return out;
  }

  private static void diskChurn(Machine m, MachineProfile p, Catalog catalog, List<Finding> out) {
    List<DiskChurnLimit> limits =
        catalog.diskChurnLimits().stream()
            .sorted(Comparator.comparingDouble(DiskChurnLimit::maxChurnMBps))
            .toList();
    if (limits.isEmpty()) {
      return;
    }
    DiskChurnLimit lowest = limits.get(0);
    DiskChurnLimit highest = limits.get(limits.size() - 1);
    for (int i = 0; i < p.disks().size(); i++) {
      Disk disk = p.disks().get(i);
      Double rate = disk.writeMBps();
      if (rate == null || !Limits.exceedsRelative(rate, lowest.maxChurnMBps())) {
        continue;
      }
      String head = "machine " + m.name() + " " + label(i, disk) + " writes " + mbps(rate);
      if (Limits.exceedsRelative(rate, highest.maxChurnMBps())) {
        out.add(
            churn(
                head,
                highest,
                " even a " + highest.targetStorage() + " disk takes: replication will fall behind",
                catalog.cite(highest.source())));
        continue;
      }
      DiskChurnLimit fits =
          limits.stream()
              .filter(l -> !Limits.exceedsRelative(rate, l.maxChurnMBps()))
              .findFirst()
              .orElse(highest);
      String target =
          PremiumTarget.of(disk, rate, catalog, limits)
              .orElse(
                  "replicate it to a "
                      + fits.targetStorage()
                      + " disk (up to "
                      + mbps(fits.maxChurnMBps())
                      + " at "
                      + fits.averageIoSize()
                      + " writes)");
      out.add(
          churn(
              head,
              lowest,
              " a " + lowest.targetStorage() + " disk takes: " + target,
              catalog.cite(fits.source())));
    }
  }

  /** A disk-churn warning: the disk's rate, the limit it is above, and what that means. */
  private static Finding churn(String head, DiskChurnLimit above, String rest, String source) {
    return new Finding(
        Rule.DISK_CHURN,
        Severity.WARNING,
        head + ", above the " + mbps(above.maxChurnMBps()) + rest,
        source);
  }

  private static void iops(
      Machine m, MachineProfile p, Catalog catalog, DiskLimits d, List<Finding> out) {
    double total = 0;
    boolean any = false;
    for (int i = 0; i < p.disks().size(); i++) {
      Disk disk = p.disks().get(i);
      if (disk.iops() == null) {
        continue;
      }
      any = true;
      total += disk.iops();
      if (Limits.exceedsRelative(disk.iops(), d.maxDiskIops())) {
        out.add(
            new Finding(
                Rule.DISK_IOPS,
                Severity.WARNING,
                "machine "
                    + m.name()
                    + " "
                    + label(i, disk)
                    + " needs "
                    + Units.number(disk.iops(), 0)
                    + " IOPS, more than the "
                    + Units.number(d.maxDiskIops(), 0)
                    + " a replicated disk supports",
                catalog.cite(d.iopsSource())));
      }
    }
    if (any && Limits.exceedsRelative(total, d.maxMachineIops())) {
      out.add(
          new Finding(
              Rule.MACHINE_IOPS,
              Severity.WARNING,
              "machine "
                  + m.name()
                  + " needs "
                  + Units.number(total, 0)
                  + " IOPS across its disks, more than the "
                  + Units.number(d.maxMachineIops(), 0)
                  + " a replicated machine supports",
              catalog.cite(d.iopsSource())));
    }
  }

  static String label(int index, Disk disk) {
    return disk.osDisk() ? "operating system disk" : "disk " + (index + 1);
  }

  static String mbps(double v) {
    return Units.number(v, 2) + " MB/s";
  }

  static String quoted(String s) {
    return "\"" + s + "\"";
  }
}
