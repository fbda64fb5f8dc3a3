package org.asrsizing.io.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;

/**
 * Reads an RVTools export, the xlsx workbook or the CSV folder. RVTools has no churn: a machine's
 * daily churn is estimated as {@link ReadOptions#changeRatePercent()} of its storage in use, which
 * is the consumed space of its guest partitions (vPartition) where listed, else the VM's in-use
 * space (vInfo). The first disk of a VM (vDisk) is taken as its OS disk. Powered-off and suspended
 * machines and templates are left out unless {@link ReadOptions#includePoweredOff()}.
 */
final class RvToolsReader implements InventoryReader {

  private final boolean csv;

  RvToolsReader(boolean csv) {
    this.csv = csv;
  }

  @Override
  public Inventory read(Path path, String shownAs, ReadOptions options) {
    String source = shownAs;
    InventoryFormat format = csv ? InventoryFormat.RVTOOLS_CSV : InventoryFormat.RVTOOLS;
    MachineCollector machines = new MachineCollector(source, format, options);
    try (Workbook book = open(path, shownAs)) {
      Map<String, List<Disk>> disks = new HashMap<>();
      if (book.has(RvToolsColumns.DISK)) {
        readDisks(book.table(RvToolsColumns.DISK), disks, machines);
      } else {
        machines.assume(InventoryMessages.notChecked("disk count and size", "vDisk sheet"));
      }
      machines.assume(
          InventoryMessages.notChecked(
              "per-disk churn, IOPS and sector size",
              "per-disk write rates and sector sizes (RVTools records none)"));
      Map<String, Double> consumedMiB = new HashMap<>();
      if (book.has(RvToolsColumns.PARTITION)) {
        readPartitions(book.table(RvToolsColumns.PARTITION), consumedMiB, machines);
      }
      try (Table info = book.table(RvToolsColumns.INFO)) {
        readInfo(info, disks, consumedMiB, machines);
      }
    }
    return machines.result();
  }

  private Workbook open(Path path, String name) {
    if (!csv) {
      return XlsxWorkbook.open(path, name);
    }
    // A copy of standard input is one CSV file: the vInfo sheet, without its sibling files.
    return name.equals(path.toString()) ? CsvFolder.of(path) : CsvFolder.infoOnly(path, name);
  }

  private static void readInfo(
      Table info,
      Map<String, List<Disk>> disks,
      Map<String, Double> consumedMiB,
      MachineCollector machines) {
    Header header = info.header();
    header.require(RvToolsColumns.VM, location(info), InventoryFormat.RVTOOLS.id());
    header.require(RvToolsColumns.POWERSTATE, location(info), InventoryFormat.RVTOOLS.id());
    String inUse = RvToolsColumns.first(header, RvToolsColumns.IN_USE);
    String provisioned = RvToolsColumns.first(header, RvToolsColumns.PROVISIONED);
    if (inUse == null && provisioned == null && consumedMiB.isEmpty()) {
      RvToolsColumns.require(
          header,
          java.util.stream.Stream.concat(
                  RvToolsColumns.IN_USE.stream(), RvToolsColumns.PROVISIONED.stream())
              .toList(),
          location(info));
    }
    ReadOptions options = machines.options();
    machines.warn(InventoryMessages.estimatedChurn(options.changeRatePercent()));
    machines.assume(InventoryMessages.storageInUse(inUse, provisioned));
    if (!disks.isEmpty()) {
      machines.assume(InventoryMessages.firstDiskIsOsDisk());
    }
    String siteBy = options.siteBy();
    String site = siteBy == null ? RvToolsColumns.DATACENTER : RvToolsColumns.site(siteBy);
    if (siteBy != null && !header.has(site)) {
      throw new InventoryException(
          InventoryMessages.file(location(info), InventoryMessages.noSiteColumn(site)),
          org.asrsizing.model.Hint.of(org.asrsizing.model.Setting.SITE_BY));
    }
    if (header.has(site)) {
      machines.assume(InventoryMessages.siteIs("vInfo " + site));
    }
    String os = RvToolsColumns.first(header, RvToolsColumns.OS);
    if (os == null) {
      machines.assume(
          InventoryMessages.notChecked(
              "operating system", "vInfo column " + String.join(" or ", RvToolsColumns.OS)));
    }
    String firmware = header.has(RvToolsColumns.FIRMWARE) ? RvToolsColumns.FIRMWARE : null;
    if (firmware == null) {
      machines.assume(BootCells.notChecked("vInfo column " + RvToolsColumns.FIRMWARE));
    }
    String secureBoot = header.has(RvToolsColumns.SECURE_BOOT) ? RvToolsColumns.SECURE_BOOT : null;
    for (CellsRow row = info.next(); row != null; row = info.next()) {
      CellsRow r = row;
      machines.add(
          r,
          x ->
              machine(
                  r.checkWidth(),
                  new InfoColumns(inUse, provisioned, site, os, firmware, secureBoot),
                  disks,
                  consumedMiB,
                  machines));
    }
  }

  /**
   * The vInfo columns of a machine's storage (when vPartition does not list it), site and operating
   * system, firmware and Secure Boot ({@code null} when the sheet has none).
   */
  private record InfoColumns(
      String inUse,
      String provisioned,
      String site,
      String os,
      String firmware,
      String secureBoot) {}

  private static Machine machine(
      Row row,
      InfoColumns columns,
      Map<String, List<Disk>> disks,
      Map<String, Double> consumedMiB,
      MachineCollector machines) {
    String name = Cells.required(row, RvToolsColumns.VM, "a VM name");
    String power =
        Cells.required(row, RvToolsColumns.POWERSTATE, "a power state such as poweredOn");
    boolean template = "true".equalsIgnoreCase(row.text(RvToolsColumns.TEMPLATE));
    boolean on = RvToolsColumns.POWERED_ON.equalsIgnoreCase(power);
    double inUseMiB = inUseMiB(row, name, columns, consumedMiB, machines);
    List<Disk> listed = disks.getOrDefault(name, List.of());
    Integer diskCount = listed.isEmpty() ? null : listed.size();
    if (diskCount == null) {
      diskCount = Cells.optionalWhole(row, RvToolsColumns.DISKS, "disks");
    }
    if ((template || !on) && !machines.options().includePoweredOff()) {
      machines.exclude(row, name, InventoryMessages.notRunning(template, power));
      return null;
    }
    double churn = inUseMiB / 1024 * machines.options().changeRatePercent() / 100;
    machines.storage(name, inUseMiB / 1024);
    Integer dataDisks = diskCount == null ? null : Math.max(0, diskCount - 1);
    String os = columns.os() == null ? null : osOf(row);
    return new Machine(name, churn, dataDisks, row.text(columns.site()), null, null)
        .withProfile(
            new MachineProfile(
                os,
                listed,
                BootCells.boot(row, columns.firmware()),
                BootCells.secureBoot(row, columns.secureBoot())));
  }

  /**
   * The storage in use of machine {@code name}: its partitions' consumed space, else vInfo's In
   * Use, else its provisioned size (said once: it overstates churn for thin disks).
   */
  private static double inUseMiB(
      Row row,
      String name,
      InfoColumns columns,
      Map<String, Double> consumedMiB,
      MachineCollector machines) {
    Double consumed = consumedMiB.get(name);
    if (consumed != null) {
      return consumed;
    }
    Double inUse =
        columns.inUse() == null ? null : Cells.optionalNumber(row, columns.inUse(), "MiB");
    if (inUse != null) {
      return inUse;
    }
    if (columns.provisioned() == null) {
      return Cells.number(
          row, columns.inUse() == null ? RvToolsColumns.IN_USE.get(0) : columns.inUse(), "MiB");
    }
    machines.provisioned(name);
    return Cells.number(row, columns.provisioned(), "MiB");
  }

  /** What VMware Tools report, else what the VM's configuration file says. */
  private static String osOf(Row row) {
    for (String column : RvToolsColumns.OS) {
      String text = row.text(column);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** Each VM's disks with their sizes, in the sheet's order: the first is taken as the OS disk. */
  private static void readDisks(
      Table table, Map<String, List<Disk>> disks, MachineCollector machines) {
    try (table) {
      String capacity =
          RvToolsColumns.require(table.header(), RvToolsColumns.CAPACITY, location(table));
      table.header().require(RvToolsColumns.VM, location(table), InventoryFormat.RVTOOLS.id());
      for (CellsRow row = table.next(); row != null; row = table.next()) {
        try {
          row.checkWidth();
          String vm = Cells.required(row, RvToolsColumns.VM, "a VM name");
          double gib = Cells.number(row, capacity, "MiB") / 1024;
          List<Disk> list = disks.computeIfAbsent(vm, v -> new ArrayList<>());
          list.add(new Disk(gib, null, null, list.isEmpty()));
        } catch (RowException e) {
          machines.invalid(row, e);
        }
      }
    }
  }

  /** Adds up the consumed space of each VM's guest partitions. */
  private static void readPartitions(
      Table table, Map<String, Double> consumedMiB, MachineCollector machines) {
    try (table) {
      String consumed =
          RvToolsColumns.require(table.header(), RvToolsColumns.CONSUMED, location(table));
      table.header().require(RvToolsColumns.VM, location(table), InventoryFormat.RVTOOLS.id());
      for (CellsRow row = table.next(); row != null; row = table.next()) {
        try {
          row.checkWidth();
          String vm = Cells.required(row, RvToolsColumns.VM, "a VM name");
          consumedMiB.merge(vm, Cells.number(row, consumed, "MiB"), Double::sum);
        } catch (RowException e) {
          machines.invalid(row, e);
        }
      }
    }
  }

  private static String location(Table table) {
    return table.location();
  }
}
