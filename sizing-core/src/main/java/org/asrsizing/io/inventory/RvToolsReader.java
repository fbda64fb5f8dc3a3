package org.asrsizing.io.inventory;

import java.nio.file.Path;

final class RvToolsReader implements InventoryReader {
  RvToolsReader(boolean csv) {}

  @Override
  public Inventory read(Path path, ReadOptions options) {
    throw new InventoryException("not yet");
  }
}
