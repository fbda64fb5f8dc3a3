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
  Inventory read(Path path, ReadOptions options);
}
