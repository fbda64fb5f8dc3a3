package org.asrsizing.io.inventory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RVTools' "export all to csv" folder: one file per sheet, named {@code RVTools_tab<sheet>.csv}.
 * The path may be the folder or any file in it.
 */
final class CsvFolder implements Workbook {

  private final Path folder;

  /** The one file read as the vInfo sheet, with its name, or {@code null} for a whole folder. */
  private final Path info;

  private final String infoName;

  private CsvFolder(Path folder, Path info, String infoName) {
    this.folder = folder;
    this.info = info;
    this.infoName = infoName;
  }

  static CsvFolder of(Path path) {
    if (Files.isDirectory(path)) {
      return new CsvFolder(path, null, null);
    }
    Path parent = path.getParent();
    return new CsvFolder(parent == null ? Path.of("") : parent, null, null);
  }

  /** Only the vInfo sheet, from {@code path}, named {@code name} in messages. */
  static CsvFolder infoOnly(Path path, String name) {
    return new CsvFolder(null, path, name);
  }

  private Path file(String sheet) {
    return folder.resolve("RVTools_tab" + sheet + ".csv");
  }

  @Override
  public boolean has(String sheet) {
    if (info != null) {
      return sheet.equals(RvToolsColumns.INFO);
    }
    return Files.isRegularFile(file(sheet));
  }

  @Override
  public Table table(String sheet) {
    if (info != null) { // has() offers vInfo only
      return CsvTable.open(info, infoName);
    }
    Path file = file(sheet);
    if (!has(sheet)) {
      throw new InventoryException(
          InventoryMessages.noSheet(folder.toString(), file.getFileName().toString()));
    }
    return CsvTable.open(file, file.toString());
  }

  @Override
  public void close() {}
}
