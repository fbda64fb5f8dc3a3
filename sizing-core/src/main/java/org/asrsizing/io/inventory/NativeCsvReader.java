package org.asrsizing.io.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.asrsizing.model.Machine;

/** Reads the native CSV inventory: a header, then one machine per line. */
final class NativeCsvReader implements InventoryReader {

  @Override
  public Inventory read(Path path, String shownAs, ReadOptions options) {
    String file = shownAs;
    try (CsvTable table = CsvTable.open(path, file, options)) {
      Header header = table.header();
      header.require(NativeFields.NAME, file, InventoryFormat.NATIVE_CSV.id());
      if (!header.has(NativeFields.CHURN_GIB) && !header.has(NativeFields.CHURN)) {
        throw new InventoryException(
            InventoryMessages.file(
                file,
                InventoryMessages.missingColumns(
                    NativeFields.CHURN_GIB + " or " + NativeFields.CHURN,
                    InventoryFormat.NATIVE_CSV.id())));
      }
      MachineCollector machines = new MachineCollector(file, InventoryFormat.NATIVE_CSV, options);
      machines.dialect(table.dialect());
      if (options.siteBy() != null && !header.has(options.siteBy())) {
        throw new InventoryException(
            InventoryMessages.file(file, InventoryMessages.noSiteColumn(options.siteBy())),
            org.asrsizing.model.Hint.of(org.asrsizing.model.Setting.SITE_BY));
      }
      for (String column : header.names()) {
        if (!column.isEmpty() && !NativeFields.used(column, options)) {
          machines.assume(NativeFields.unusedField(column));
        }
      }
      if (!header.has(NativeFields.OS)) {
        machines.assume(InventoryMessages.notChecked("operating system", "column os"));
      }
      if (!header.has(NativeFields.BOOT) && !header.has(NativeFields.FIRMWARE)) {
        machines.assume(BootCells.notChecked("column boot"));
      }
      machines.assume(
          InventoryMessages.notChecked(
              "per-disk size, churn, IOPS and sector size",
              "disks list (a CSV row has one disk count; give disks in JSON or YAML)"));
      // One mapper for every row: a lambda written in the loop would be a new object per row.
      Function<Row, Machine> mapper =
          r -> NativeFields.machine(((CellsRow) r).checkWidth(), machines, List.of());
      for (CellsRow row = table.next(); row != null; row = table.next()) {
        machines.add(row, mapper);
      }
      return machines.result();
    }
  }
}
