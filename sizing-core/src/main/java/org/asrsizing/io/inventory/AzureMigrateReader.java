package org.asrsizing.io.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asrsizing.model.Machine;

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

  /** Largest OS disk, GB (GiB): Generation 2 machines; Generation 1 allows 2,048. */
  static final double MAX_OS_DISK_GB = 4095;

  /** Largest data disk to managed disks, GB (GiB). */
  static final double MAX_DATA_DISK_GB = 32767;

  /** Largest average churn of one disk, MB/s (premium P20 to P50, I/O of 16 KB or more). */
  static final double MAX_DISK_WRITE_MBPS = 20;

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
      for (CellsRow row = table.next(); row != null; row = table.next()) {
        CellsRow r = row;
        machines.add(r, x -> machine(r.checkWidth(), columns, machines));
      }
      return machines.result();
    }
  }

  private static Machine machine(Row row, Columns columns, MachineCollector machines) {
    String name = Cells.required(row, SERVER_NAME, "a server name");
    Integer declared = Cells.optionalWhole(row, NUMBER_OF_DISKS, "disks");
    int disks = declared == null ? 0 : declared;
    double writeMBps = 0;
    double sizeGiB = 0;
    boolean anyWrite = false;
    boolean anySize = false;
    List<String> warnings = new ArrayList<>();
    for (int disk : columns.disks()) {
      Double size = columns.number(row, columns.sizes.get(disk), "GB");
      Double write = columns.number(row, columns.writes.get(disk), MBPS);
      if (size != null || write != null) {
        disks = Math.max(disks, disk);
      }
      if (write != null) {
        anyWrite = true;
        writeMBps += write;
        if (write > MAX_DISK_WRITE_MBPS) {
          warnings.add(InventoryMessages.diskWrite(name, disk, write, MAX_DISK_WRITE_MBPS));
        }
      }
      if (size != null) {
        anySize = true;
        sizeGiB += size;
        double max = disk == 1 ? MAX_OS_DISK_GB : MAX_DATA_DISK_GB;
        if (size > max) {
          warnings.add(InventoryMessages.diskSize(name, disk, size, max));
        }
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
    warnings.forEach(machines::warn);
    if (anySize) {
      machines.storage(name, sizeGiB);
    }
    return m;
  }

  /** Where the disk columns are, by disk number. */
  private record Columns(
      Map<Integer, String> sizes, Map<Integer, String> writes, String totalWrite) {

    static Columns of(Header header) {
      Map<Integer, String> sizes = new TreeMap<>();
      Map<Integer, String> writes = new TreeMap<>();
      String total = null;
      for (String name : header.names()) {
        String key = Header.normalize(name);
        Matcher size = DISK_SIZE.matcher(key);
        Matcher write = DISK_WRITE.matcher(key);
        if (size.matches()) {
          sizes.put(Integer.parseInt(size.group(1)), name);
        } else if (write.matches()) {
          writes.put(Integer.parseInt(write.group(1)), name);
        } else if (TOTAL_WRITE.matcher(key).matches()) {
          total = name;
        }
      }
      return new Columns(sizes, writes, total);
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
