package org.asrsizing.io.inventory;

import java.nio.file.Path;

final class AzureMigrateReader implements InventoryReader {
  static final String SERVER_NAME = "Server name";
  static final String TIMESTAMP = "timestamp";

  @Override
  public Inventory read(Path path, ReadOptions options) {
    throw new InventoryException("not yet");
  }
}
