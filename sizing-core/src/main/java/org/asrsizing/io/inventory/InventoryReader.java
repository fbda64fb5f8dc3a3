package org.asrsizing.io.inventory;

import java.nio.file.Path;

/** Reads one inventory format into machines, with what it skipped and what it assumed. */
public interface InventoryReader {

  /**
   * Reads {@code path}.
   *
   * @throws InventoryException with one sentence naming the file, the line and column, and what was
   *     expected, when the file cannot be used (or a row is invalid and {@link
   *     ReadOptions#skipInvalid()} is off)
   */
  default Inventory read(Path path, ReadOptions options) {
    return read(path, path.toString(), options);
  }

  /**
   * Reads {@code path}, naming it {@code shownAs} in the inventory and its messages (a copy of
   * standard input is read under the name of standard input).
   *
   * @throws InventoryException as {@link #read(Path, ReadOptions)}
   */
  Inventory read(Path path, String shownAs, ReadOptions options);
}
