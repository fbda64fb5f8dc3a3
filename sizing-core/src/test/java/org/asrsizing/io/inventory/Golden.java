package org.asrsizing.io.inventory;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.asrsizing.model.Machine;

/** The golden inventory files under src/test/resources and what they must read as. */
final class Golden {

  private Golden() {}

  static Path file(String name) {
    try {
      return Path.of(Golden.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The machines of native/machines.csv (and its JSON and YAML twins). */
  static final List<Machine> NATIVE =
      List.of(
          new Machine("web01", 120.5, 2, "london", null, 12.0),
          new Machine("web02", 80, 1, "london", null, null),
          new Machine("db01", 640, 4, "london", "sql", 45.5),
          new Machine("db02", 512, 4, "paris", "sql", null),
          new Machine("app01", 0, 0, "paris", null, null));

  static Inventory read(String name, ReadOptions options) {
    return Inventories.read(file(name), null, options);
  }

  static Inventory read(String name) {
    return read(name, ReadOptions.defaults());
  }
}
