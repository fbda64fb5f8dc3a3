package org.asrsizing.io.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads inventory files: the entry point of this package. To plan an inventory with every finding
 * (rows skipped, values assumed, warnings) as the command line reports them, plan it with {@link
 * org.asrsizing.api.Sizing#plan(Inventory, org.asrsizing.catalog.Catalog,
 * org.asrsizing.plan.PlanOptions, int)}; {@link Inventory#workload()} alone has the machines only.
 *
 * <pre>{@code
 * Inventory inventory = Inventories.read(Path.of("machines.csv"), null, ReadOptions.defaults());
 * Plan plan = Sizing.plan(inventory, catalog, PlanOptions.defaults(), 0);
 * }</pre>
 */
public final class Inventories {

  /** How a YAML inventory starts: a document marker, a list item, or a {@code key:}. */
  private static final Pattern YAML_START = Pattern.compile("---|- |[A-Za-z_][\\w-]*:(\\s|$)");

  private Inventories() {}

  /**
   * Reads {@code path} as {@code format}, or as the format {@link #detect detected} when {@code
   * format} is {@code null}.
   *
   * @throws InventoryException with one sentence when the file cannot be used
   */
  public static Inventory read(Path path, InventoryFormat format, ReadOptions options) {
    InventoryFormat f = format == null ? detect(path) : format;
    return f.reader().read(path, options);
  }

  /**
   * Reads an inventory from {@code in} (standard input, for example), in {@code format} or, when
   * {@code format} is {@code null}, the format its content shows: an xlsx workbook, JSON, YAML, or
   * a CSV file by its header line. {@code name} names it in the inventory and in messages. The
   * stream is read to its end and not closed.
   *
   * @throws InventoryException with one sentence when the content cannot be used, or there is none
   */
  public static Inventory read(
      InputStream in, String name, InventoryFormat format, ReadOptions options) {
    return read(in, name, format, options, MAX_STREAM_BYTES);
  }

  /**
   * The most read from a stream, bytes (1 GiB): it is copied to a temporary file first, and one
   * that never ends ({@code /dev/zero}) would otherwise fill the disk. A native CSV of the
   * 4,000,000 machines a plan takes is about 70 MB; a larger export is given as a file.
   */
  public static final long MAX_STREAM_BYTES = 1L << 30;

  static Inventory read(
      InputStream in, String name, InventoryFormat format, ReadOptions options, long maxBytes) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("sizing-inventory");
      // An RVTools CSV export's vInfo sheet keeps its own name, as in the export's folder.
      Path copy = folder.resolve("RVTools_tabvInfo.csv");
      long bytes = copy(in, copy, maxBytes, name);
      if (bytes == 0) {
        throw new InventoryException(InventoryMessages.nothingRead(name));
      }
      InventoryFormat f = format == null ? byContent(copy, name) : format;
      return f.reader().read(copy, name, options);
    } catch (IOException e) {
      throw Files2.unreadable(name, e);
    } finally {
      if (folder != null) {
        deleteQuietly(folder);
      }
    }
  }

  /** Copies {@code in} to {@code copy}, refusing it once it passes {@code maxBytes}. */
  private static long copy(InputStream in, Path copy, long maxBytes, String name)
      throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(copy)) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new InventoryException(InventoryMessages.streamTooLarge(name, maxBytes));
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  /**
   * The format of {@code path}: a folder is an RVTools CSV export; {@code .json}, {@code .yaml},
   * {@code .yml} and {@code .xlsx} tell by their extension; a CSV file by its header line.
   */
  public static InventoryFormat detect(Path path) {
    if (Files.isDirectory(path)) {
      return InventoryFormat.RVTOOLS_CSV;
    }
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return InventoryFormat.NATIVE_JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return InventoryFormat.NATIVE_YAML;
    }
    if (name.endsWith(".xlsx")) {
      return InventoryFormat.RVTOOLS;
    }
    return byHeader(path);
  }

  private static InventoryFormat byContent(Path path, String name) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(path)) {
      start = in.readNBytes(4096);
    }
    if (start.length >= 2 && start[0] == 'P' && start[1] == 'K') {
      return InventoryFormat.RVTOOLS; // a zip archive: an xlsx workbook
    }
    String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String first =
        text.lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .findFirst()
            .orElse("");
    if (first.startsWith("{") || first.startsWith("[")) {
      return InventoryFormat.NATIVE_JSON;
    }
    if (YAML_START.matcher(first).lookingAt()) {
      return InventoryFormat.NATIVE_YAML;
    }
    return byHeader(path, name);
  }

  private static InventoryFormat byHeader(Path path) {
    return byHeader(path, path.toString());
  }

  private static InventoryFormat byHeader(Path path, String file) {
    Header header;
    try (CsvTable table = CsvTable.open(path, file)) {
      header = table.header();
    }
    if (header.has(AzureMigrateReader.SERVER_NAME)) {
      return InventoryFormat.AZURE_MIGRATE;
    }
    if (header.has(RvToolsColumns.VM) && header.has(RvToolsColumns.POWERSTATE)) {
      return InventoryFormat.RVTOOLS_CSV;
    }
    if (header.has(ProfileReader.TIMESTAMP)) {
      return InventoryFormat.PROFILE;
    }
    if (header.has(NativeFields.NAME)) {
      return InventoryFormat.NATIVE_CSV;
    }
    throw new InventoryException(
        InventoryMessages.undetectable(file, InventoryFormat.ids()), InventoryMessages.FORMAT);
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // A copy left in the temporary folder loses nothing; the system cleans it up.
    }
  }
}
