package org.asrsizing.io.inventory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The inventory file formats {@link Inventories} reads, each with its command-line name. */
public enum InventoryFormat {
  /** One row per machine: {@code name,churnGiBPerDay,...} with a header. */
  NATIVE_CSV("native-csv"),
  /** The native fields as a JSON array of objects, or {@code {"machines": [...]}}. */
  NATIVE_JSON("native-json"),
  /** The native fields as YAML, shaped like the JSON. */
  NATIVE_YAML("native-yaml"),
  /** Azure Migrate's import CSV template, one row per server with per-disk columns. */
  AZURE_MIGRATE("azure-migrate"),
  /** An RVTools workbook (xlsx) with the sheets vInfo, vDisk and vPartition. */
  RVTOOLS("rvtools"),
  /** RVTools' "export all to csv" folder ({@code RVTools_tabvInfo.csv}, ...). */
  RVTOOLS_CSV("rvtools-csv"),
  /** Profiled write rates: {@code name,timestamp,writeMBps} (or {@code writeKBps}). */
  PROFILE("profile");

  private final String id;

  InventoryFormat(String id) {
    this.id = id;
  }

  /** The name used on the command line and in messages, for example {@code native-csv}. */
  public String id() {
    return id;
  }

  /** Every command-line name, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(InventoryFormat::id).toList();
  }

  /** The format called {@code id}, if any. */
  public static Optional<InventoryFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }

  InventoryReader reader() {
    return switch (this) {
      case NATIVE_CSV -> new NativeCsvReader();
      case NATIVE_JSON -> NativeTreeReader.json();
      case NATIVE_YAML -> NativeTreeReader.yaml();
      case AZURE_MIGRATE -> new AzureMigrateReader();
      case RVTOOLS -> new RvToolsReader(false);
      case RVTOOLS_CSV -> new RvToolsReader(true);
      case PROFILE -> new ProfileReader();
    };
  }
}
