package org.asrsizing.io.inventory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RVTools' "export all to csv" folder: one file per sheet, named {@code RVTools_tab<sheet>.csv}.
 * The path may be the folder or any file in it.
 */
final class CsvFolder implements Workbook {

  private final Path folder;

  private CsvFolder(Path folder) {
    this.folder = folder;
  }

  static CsvFolder of(Path path) {
    if (Files.isDirectory(path)) {
      return new CsvFolder(path);
    }
    Path parent = path.getParent();
    return new CsvFolder(parent == null ? Path.of("") : parent);
  }

  private Path file(String sheet) {
    return folder.resolve("RVTools_tab" + sheet + ".csv");
  }

  @Override
  public boolean has(String sheet) {
    return Files.isRegularFile(file(sheet));
  }

  @Override
  public Table table(String sheet) {
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
