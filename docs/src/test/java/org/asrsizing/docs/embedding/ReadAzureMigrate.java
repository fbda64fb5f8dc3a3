package org.asrsizing.docs.embedding;

import java.nio.file.Path;
import org.asrsizing.api.Sizing;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.io.inventory.ReadOptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.plan.PlanOptions;

/** Reads an Azure Migrate export (an RVTools workbook is read the same way) and plans it. */
public class ReadAzureMigrate {
  public static void main(String[] args) {
    // The format comes from the file's name and content; the options are those of
    // --change-rate, --include-powered-off, --percentile and --skip-invalid.
    Inventory inventory =
        Sizing.read(Path.of("docs/examples/inputs/azure-migrate.csv"), ReadOptions.defaults());
    System.out.println(inventory.format().id() + ": " + inventory.machines().size() + " machines");

    // The plan's findings start with the inventory's: rows skipped, values assumed, warnings.
    Plan plan = Sizing.plan(inventory, Sizing.catalog("asr-classic"), PlanOptions.defaults(), 0);
    for (Finding f : plan.findings()) {
      System.out.println(f.severity() + " " + f.rule() + ": " + f.message());
    }
  }
}
