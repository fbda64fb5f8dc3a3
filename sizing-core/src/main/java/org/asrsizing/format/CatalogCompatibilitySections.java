package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.BootRules;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Compatibility;
import org.asrsizing.catalog.DiskLimits;
import org.asrsizing.catalog.MachineLimits;
import org.asrsizing.catalog.OperatingSystem;
import org.asrsizing.catalog.PremiumDisk;
import org.asrsizing.model.Units;

/**
 * The catalog's support matrix data, drawn by a {@link CatalogTableWriter.Layout}: the operating
 * system table, the disk limits, the Premium disk sizes and the UEFI boot rules, a source on every
 * row, as the other sections of {@code sizing tiers}.
 */
final class CatalogCompatibilitySections {

  private CatalogCompatibilitySections() {}

  static void append(
      StringBuilder sb, CatalogTableWriter.Layout layout, Catalog c, Compatibility compat) {
    operatingSystems(sb, layout, c, compat);
    disks(sb, layout, c, compat.disks());
    premiumDisks(sb, layout, c, compat);
    boot(sb, layout, c, compat.boot());
  }

  private static void operatingSystems(
      StringBuilder sb, CatalogTableWriter.Layout layout, Catalog c, Compatibility compat) {
    if (compat.operatingSystems().isEmpty()) {
      return;
    }
    sb.append(
        layout.heading(
            "Compatibility: operating systems (the first row whose pattern matches decides)"));
    CatalogTableWriter.Table t =
        layout.table("operating system", "supported", "pattern (ignoring case)", "source");
    for (OperatingSystem os : compat.operatingSystems()) {
      t.row(os.name(), yesNo(os.supported()), os.pattern(), layout.cite(c, os.source()));
    }
    sb.append(t.render());
  }

  /** One row of the disk limits: what is limited, the number, its unit, the source id. */
  private record DiskRow(String limit, Object value, String unit, String source) {}

  private static void disks(
      StringBuilder sb, CatalogTableWriter.Layout layout, Catalog c, DiskLimits d) {
    if (d == null) {
      return;
    }
    sb.append(layout.heading("Compatibility: disk limits"));
    CatalogTableWriter.Table t = layout.table("limit", ">value", "unit", "source");
    for (DiskRow r : diskRows(c, d)) {
      t.row(r.limit(), r.value(), r.unit(), layout.cite(c, r.source()));
    }
    sb.append(t.render());
  }

  private static List<DiskRow> diskRows(Catalog c, DiskLimits d) {
    List<DiskRow> rows = new ArrayList<>();
    rows.add(
        gib(
            d.maxBiosOsDiskGiB() == null
                ? "operating system disk, largest"
                : "operating system disk of a UEFI (Generation 2) machine or of unknown boot type,"
                    + " largest",
            d.maxOsDiskGiB(),
            d.source()));
    if (d.maxBiosOsDiskGiB() != null) {
      rows.add(
          gib(
              "operating system disk of a BIOS (Generation 1) machine, largest",
              d.maxBiosOsDiskGiB(),
              d.matrixSource()));
    }
    rows.add(
        gib("data disk replicating to managed disks, largest", d.maxDataDiskGiB(), d.source()));
    if (d.maxStorageAccountDataDiskGiB() != null) {
      rows.add(
          gib(
              "data disk replicating to a storage account, largest",
              d.maxStorageAccountDataDiskGiB(),
              d.matrixSource()));
    }
    rows.add(gib("disk size a disk must exceed", d.minDiskGiB(), d.source()));
    MachineLimits m = c.machineLimits();
    rows.add(new DiskRow("data disks per machine, most", m.maxDataDisks(), "disks", m.source()));
    rows.add(
        new DiskRow(
            "IOPS per disk, most", Units.number(d.maxDiskIops(), 2), "IOPS", d.iopsSource()));
    rows.add(
        new DiskRow(
            "IOPS per machine (all its disks), most",
            Units.number(d.maxMachineIops(), 2),
            "IOPS",
            d.iopsSource()));
    if (d.supportedLogicalSectorBytes() != null) {
      rows.add(
          new DiskRow(
              "logical sector size a disk must have",
              d.supportedLogicalSectorBytes(),
              "bytes",
              d.matrixSource()));
    }
    return rows;
  }

  private static DiskRow gib(String limit, double value, String source) {
    return new DiskRow(limit, Units.number(value, 2), "GiB", source);
  }

  private static void premiumDisks(
      StringBuilder sb, CatalogTableWriter.Layout layout, Catalog c, Compatibility compat) {
    if (compat.premiumDisks().isEmpty()) {
      return;
    }
    sb.append(
        layout.heading(
            "Compatibility: Premium disks recommended by size (smallest that holds it)"));
    CatalogTableWriter.Table t =
        layout.table("Premium disk", ">max source disk GiB", "churn limits of", "source");
    for (PremiumDisk p : compat.premiumDisks()) {
      t.row(
          p.name(), Units.number(p.maxSizeGiB(), 2), p.targetStorage(), layout.cite(c, p.source()));
    }
    sb.append(t.render());
  }

  private static void boot(
      StringBuilder sb, CatalogTableWriter.Layout layout, Catalog c, BootRules b) {
    if (b == null) {
      return;
    }
    sb.append(layout.heading("Compatibility: machines that boot UEFI"));
    CatalogTableWriter.Table t =
        layout.table("UEFI machine", "supported", "pattern (ignoring case)", "source");
    t.row("with Secure Boot on", yesNo(b.secureBootSupported()), "-", layout.cite(c, b.source()));
    for (OperatingSystem os : b.uefiUnsupported()) {
      t.row(os.name(), yesNo(os.supported()), os.pattern(), layout.cite(c, os.source()));
    }
    sb.append(t.render());
  }

  private static String yesNo(boolean supported) {
    return supported ? "yes" : "no";
  }
}
