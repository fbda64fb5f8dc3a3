package org.asrsizing.io.inventory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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

  private static InventoryFormat byHeader(Path path) {
    String file = path.toString();
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
    throw new InventoryException(InventoryMessages.undetectable(file, InventoryFormat.ids()));
  }
}
