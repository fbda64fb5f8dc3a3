package org.asrsizing.io.inventory;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.asrsizing.model.Machine;
import org.asrsizing.model.WriteSeries;

/**
 * Reads profiled write rates, one sample per line: {@code name,timestamp,writeMBps} (or {@code
 * writeKBps}, divided by 1,024). A machine's daily churn is the data it writes in a day ({@link
 * WriteSeries#dailyMiB()}), the {@link ReadOptions#percentile()} percentile of its days (Commons
 * Math {@link Percentile}, default estimation) in GiB; its peak write rate, for the per-second
 * limits, is the same percentile of its samples. Their order in the file does not matter.
 */
final class ProfileReader implements InventoryReader {

  static final String NAME = "name";
  static final String TIMESTAMP = "timestamp";
  static final String MBPS = "writeMBps";
  static final String KBPS = "writeKBps";
  static final String SITE = "site";

  @Override
  public Inventory read(Path path, String shownAs, ReadOptions options) {
    String file = shownAs;
    String format = InventoryFormat.PROFILE.id();
    MachineCollector machines = new MachineCollector(file, InventoryFormat.PROFILE, options);
    Map<String, Series> series = new LinkedHashMap<>();
    try (CsvTable table = CsvTable.open(path, file, options)) {
      machines.dialect(table.dialect());
      Header header = table.header();
      header.require(NAME, file, format);
      header.require(TIMESTAMP, file, format);
      if (options.siteBy() != null && !header.has(options.siteBy())) {
        throw new InventoryException(
            InventoryMessages.file(file, InventoryMessages.noSiteColumn(options.siteBy())),
            org.asrsizing.model.Hint.of(org.asrsizing.model.Setting.SITE_BY));
      }
      boolean kilo = !header.has(MBPS);
      if (kilo && !header.has(KBPS)) {
        throw new InventoryException(
            InventoryMessages.file(
                file, InventoryMessages.missingColumns(MBPS + " or " + KBPS, format)));
      }
      String rate = kilo ? KBPS : MBPS;
      machines.assume(InventoryMessages.percentileMethod(options.percentile(), kilo));
      // A profile is write rates per machine: it never describes the operating system or disks.
      machines.assume(
          InventoryMessages.notChecked(
              "operating system", "operating system column (a profile of write rates names none)"));
      machines.assume(
          InventoryMessages.notChecked(
              "disk count, size, per-disk churn, IOPS and sector size",
              "per-disk columns (a profile's write rates are per machine)"));
      for (CellsRow row = table.next(); row != null; row = table.next()) {
        CellsRow r = row;
        try {
          row.checkWidth();
          String name = Cells.required(row, NAME, "a machine name");
          long time = timestamp(row);
          double mbps = Cells.number(row, rate, kilo ? "KB/s" : "MB/s") / (kilo ? 1024 : 1);
          series
              .computeIfAbsent(name, n -> new Series(r, r.text(options.siteColumn(SITE))))
              .add(time, mbps);
        } catch (RowException e) {
          machines.invalid(row, e);
        }
      }
    }
    Percentile percentile = new Percentile(options.percentile());
    List<WriteSeries> kept = new ArrayList<>();
    for (Map.Entry<String, Series> e : series.entrySet()) {
      double[] samples = e.getValue().samples();
      WriteSeries written = WriteSeries.of(e.getKey(), e.getValue().times(), samples);
      kept.add(written);
      double churnGiB = percentile.evaluate(written.dailyMiB()) / 1024;
      double peak = percentile.evaluate(samples);
      machines.add(
          e.getValue().first,
          new Machine(e.getKey(), churnGiB, null, e.getValue().site, null, peak));
    }
    return machines.result().withSeries(kept);
  }

  /** Seconds since 1970 of the sample's clock time as written (its offset, if any, ignored). */
  private static long timestamp(Row row) {
    String text = Cells.required(row, TIMESTAMP, "an ISO-8601 date and time");
    try {
      return LocalDateTime.from(DateTimeFormatter.ISO_DATE_TIME.parse(text))
          .toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new RowException(TIMESTAMP, InventoryMessages.notATimestamp(text));
    }
  }

  /** The samples of one machine, MB/s, the row it first appears on and the site named there. */
  private static final class Series {
    private final Row first;
    private final String site;
    private double[] values = new double[16];
    private long[] times = new long[16];
    private int size;

    Series(Row first, String site) {
      this.first = first;
      this.site = site;
    }

    void add(long time, double value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
        times = Arrays.copyOf(times, size * 2);
      }
      times[size] = time;
      values[size++] = value;
    }

    long[] times() {
      return Arrays.copyOf(times, size);
    }

    double[] samples() {
      return Arrays.copyOf(values, size);
    }
  }
}
