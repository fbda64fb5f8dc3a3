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
              "per-disk churn and IOPS", "per-disk write rates (RVTools records none)"));
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
    String inUse = RvToolsColumns.require(header, RvToolsColumns.IN_USE, location(info));
    ReadOptions options = machines.options();
    machines.warn(InventoryMessages.estimatedChurn(options.changeRatePercent()));
    machines.assume(InventoryMessages.storageInUse(inUse));
    if (!disks.isEmpty()) {
      machines.assume(InventoryMessages.firstDiskIsOsDisk());
    }
    if (header.has(RvToolsColumns.DATACENTER)) {
      machines.assume(InventoryMessages.siteIsDatacenter());
    }
    String os = RvToolsColumns.first(header, RvToolsColumns.OS);
    if (os == null) {
      machines.assume(
          InventoryMessages.notChecked(
              "operating system", "vInfo column " + String.join(" or ", RvToolsColumns.OS)));
    }
    for (CellsRow row = info.next(); row != null; row = info.next()) {
      CellsRow r = row;
      machines.add(r, x -> machine(r.checkWidth(), inUse, os, disks, consumedMiB, machines));
    }
  }

  private static Machine machine(
      Row row,
      String inUse,
      String osColumn,
      Map<String, List<Disk>> disks,
      Map<String, Double> consumedMiB,
      MachineCollector machines) {
    String name = Cells.required(row, RvToolsColumns.VM, "a VM name");
    String power =
        Cells.required(row, RvToolsColumns.POWERSTATE, "a power state such as poweredOn");
    boolean template = "true".equalsIgnoreCase(row.text(RvToolsColumns.TEMPLATE));
    boolean on = RvToolsColumns.POWERED_ON.equalsIgnoreCase(power);
    double inUseMiB =
        consumedMiB.containsKey(name) ? consumedMiB.get(name) : Cells.number(row, inUse, "MiB");
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
    Integer dataDisks = diskCount == null ? null : Math.max(0, diskCount - 1);
    String os = osColumn == null ? null : osOf(row);
    return new Machine(name, churn, dataDisks, row.text(RvToolsColumns.DATACENTER), null, null)
        .withProfile(new MachineProfile(os, listed));
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
