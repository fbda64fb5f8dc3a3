package org.asrsizing.io.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;

/**
 * Reads Azure Migrate's import CSV template. A server's churn is the sum of its disks' average
 * write throughput ({@code Disk N write throughput (MB per second)}), or {@code Total disks write
 * throughput} when no disk has one, times 86,400 / 1,024 in GiB per day. Disk 1 is taken as the OS
 * disk, so the data disks are the other disks.
 */
final class AzureMigrateReader implements InventoryReader {

  static final String SERVER_NAME = "Server name";
  static final String NUMBER_OF_DISKS = "Number of disks";

  private static final Pattern DISK_SIZE = Pattern.compile("disk (\\d{1,3}) size\\b.*");
  private static final Pattern DISK_WRITE =
      Pattern.compile("disk (\\d{1,3}) write throughput\\b.*");
  private static final Pattern TOTAL_WRITE = Pattern.compile("total disks write throughput\\b.*");
  private static final String MBPS = "MB per second";

  static final String OS_NAME = "OS name";
  static final String OS_VERSION = "OS version";
  static final String BOOT_TYPE = "Boot type";

  private static final Pattern DISK_READ_OPS = Pattern.compile("disk (\\d{1,3}) read ops\\b.*");
  private static final Pattern DISK_WRITE_OPS = Pattern.compile("disk (\\d{1,3}) write ops\\b.*");
  private static final String OPS = "operations per second";

  @Override
  public Inventory read(Path path, String shownAs, ReadOptions options) {
    String file = shownAs;
    String format = InventoryFormat.AZURE_MIGRATE.id();
    try (CsvTable table = CsvTable.open(path, file, options)) {
      Header header = table.header();
      header.require(SERVER_NAME, file, format);
      Columns columns = Columns.of(header);
      if (columns.writes.isEmpty() && columns.totalWrite == null) {
        throw new InventoryException(
            InventoryMessages.file(
                file,
                InventoryMessages.missingColumns(
                    "Disk 1 write throughput (MB per second) or Total disks write throughput (MB"
                        + " per second)",
                    format)));
      }
      MachineCollector machines =
          new MachineCollector(file, InventoryFormat.AZURE_MIGRATE, options);
      if (options.siteBy() != null && !header.has(options.siteBy())) {
        throw new InventoryException(
            InventoryMessages.file(file, InventoryMessages.noSiteColumn(options.siteBy())),
            org.asrsizing.model.Hint.of(org.asrsizing.model.Setting.SITE_BY));
      }
      machines.dialect(table.dialect());
      machines.assume(
          "churn is the sum of each server's disk write throughput (MB per second) x 86400 / 1024"
              + " GiB/day; disk 1 is taken as the OS disk, the other disks as data disks");
      boolean os = header.has(OS_NAME);
      if (!os) {
        machines.assume(InventoryMessages.notChecked("operating system", OS_NAME));
      }
      if (!header.has(BOOT_TYPE)) {
        machines.assume(BootCells.notChecked(BOOT_TYPE));
      }
      machines.assume(
          InventoryMessages.notChecked(
              "logical sector size of the disks (4K disks)",
              "sector size column (Azure Migrate exports none)"));
      if (columns.readOps.isEmpty() && columns.writeOps.isEmpty()) {
        machines.assume(
            InventoryMessages.notChecked("per-disk IOPS", "Disk 1 write ops (" + OPS + ")"));
      }
      for (CellsRow row = table.next(); row != null; row = table.next()) {
        CellsRow r = row;
        machines.add(r, x -> machine(r.checkWidth(), columns, os, machines));
      }
      return machines.result();
    }
  }

  private static Machine machine(
      Row row, Columns columns, boolean withOs, MachineCollector machines) {
    String name = Cells.required(row, SERVER_NAME, "a server name");
    Integer declared = Cells.optionalWhole(row, NUMBER_OF_DISKS, "disks");
    int disks = declared == null ? 0 : declared;
    double writeMBps = 0;
    double sizeGiB = 0;
    boolean anyWrite = false;
    boolean anySize = false;
    List<Disk> described = new ArrayList<>();
    for (int disk : columns.disks()) {
      Double size = columns.number(row, columns.sizes.get(disk), "GB");
      Double write = columns.number(row, columns.writes.get(disk), MBPS);
      Double iops = iops(row, columns, disk);
      if (size != null || write != null) {
        disks = Math.max(disks, disk);
      }
      if (write != null) {
        anyWrite = true;
        writeMBps += write;
      }
      if (size != null) {
        anySize = true;
        sizeGiB += size;
      }
      if (size != null || write != null || iops != null) {
        described.add(new Disk(size, write, iops, disk == 1));
      }
    }
    if (!anyWrite) {
      Double total = columns.number(row, columns.totalWrite, MBPS);
      if (total == null) {
        String column = columns.writes.isEmpty() ? columns.totalWrite : columns.writes.get(1);
        throw new RowException(
            column == null ? columns.totalWrite : column,
            InventoryMessages.missing(
                "the write throughput in MB per second of the server's disks or in total"));
      }
      writeMBps = total;
    }
    double churn = writeMBps * 86400 / 1024;
    String siteBy = machines.options().siteBy();
    Machine m =
        new Machine(
            name,
            churn,
            disks >= 1 ? disks - 1 : null,
            siteBy == null ? null : row.text(siteBy),
            null,
            null);
    if (anySize) {
      machines.storage(name, sizeGiB);
    }
    return m.withProfile(
        new MachineProfile(
            withOs ? os(row) : null, described, BootCells.boot(row, BOOT_TYPE), null));
  }

  /** The OS name with its version when the version is not already part of it. */
  private static String os(Row row) {
    String name = row.text(OS_NAME);
    String version = row.text(OS_VERSION);
    if (name == null || version == null || name.contains(version)) {
      return name;
    }
    return name + " " + version;
  }

  /** A disk's read and write operations per second together, or null when neither is given. */
  private static Double iops(Row row, Columns columns, int disk) {
    Double read = columns.number(row, columns.readOps.get(disk), OPS);
    Double write = columns.number(row, columns.writeOps.get(disk), OPS);
    if (read == null && write == null) {
      return null;
    }
    return (read == null ? 0 : read) + (write == null ? 0 : write);
  }

  /** Where the disk columns are, by disk number. */
  private record Columns(
      Map<Integer, String> sizes,
      Map<Integer, String> writes,
      String totalWrite,
      Map<Integer, String> readOps,
      Map<Integer, String> writeOps) {

    static Columns of(Header header) {
      Map<Integer, String> sizes = new TreeMap<>();
      Map<Integer, String> writes = new TreeMap<>();
      Map<Integer, String> readOps = new TreeMap<>();
      Map<Integer, String> writeOps = new TreeMap<>();
      String total = null;
      for (String name : header.names()) {
        String key = Header.normalize(name);
        if (!put(DISK_SIZE, key, name, sizes)
            && !put(DISK_WRITE, key, name, writes)
            && !put(DISK_READ_OPS, key, name, readOps)
            && !put(DISK_WRITE_OPS, key, name, writeOps)
            && TOTAL_WRITE.matcher(key).matches()) {
          total = name;
        }
      }
      return new Columns(sizes, writes, total, readOps, writeOps);
    }

    private static boolean put(
        Pattern pattern, String key, String name, Map<Integer, String> byDisk) {
      Matcher m = pattern.matcher(key);
      if (!m.matches()) {
        return false;
      }
      byDisk.put(Integer.parseInt(m.group(1)), name);
      return true;
    }

    List<Integer> disks() {
      TreeMap<Integer, String> all = new TreeMap<>(sizes);
      all.putAll(writes);
      return new ArrayList<>(all.keySet());
    }

    Double number(Row row, String column, String unit) {
      return column == null ? null : Cells.optionalNumber(row, column, unit);
    }
  }
}
