package org.asrsizing.docs.embedding;

import java.nio.file.Path;
import org.asrsizing.api.Sizing;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.io.inventory.ReadOptions;
import org.asrsizing.model.InputFileException;

/**
 * A file the tool cannot use is an InputFileException whose message is one sentence for a person.
 */
public class HandleInputErrors {
  public static void main(String[] args) {
    Path file = Path.of("docs/examples/inputs/machines-with-errors.csv");
    try {
      Sizing.read(file, ReadOptions.defaults());
    } catch (InputFileException e) {
      // catalog, inventory, deployment, metrics, saved plan, scenario and history files alike
      System.out.println("cannot use it: " + e.getMessage());
    }
    try {
      Sizing.catalog("docs/examples/broken-catalog.json");
    } catch (InputFileException e) {
      System.out.println("cannot use it: " + e.getMessage());
    }

    // Or leave out the rows that cannot be used, and learn which they were from the findings.
    Inventory inventory = Sizing.read(file, ReadOptions.defaults().withSkipInvalid(true));
    System.out.println(
        inventory.machines().size()
            + " machines read, "
            + inventory.skipped().size()
            + " rows skipped");
  }
}
