package org.asrsizing.cli;

import java.util.List;
import org.asrsizing.api.Sizing;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What to plan, shared by {@code plan} and every {@code whatif} mode: an aggregate, an inventory
 * file (with its reading options) or the bundled example.
 */
final class WorkloadOptions {

  @Mixin InventoryOptions inventoryOptions;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Workload (one of):%n", order = 0)
  Choice choice;

  /** The inventory read for this run, if any: its findings join the plan's. */
  private Inventory inventory;

  /** An aggregate, an inventory file or the bundled example. */
  static final class Choice {
    @ArgGroup(exclusive = false, order = 0)
    Aggregate aggregate;

    @Option(
        names = "--example",
        order = 2,
        description =
            "Use the bundled example instead: "
                + Example.DESCRIPTION
                + " (--machines 220 --churn 1.5TB).")
    boolean example;

    @Option(
        names = InventoryOptions.INVENTORY,
        paramLabel = "FILE",
        order = 3,
        description =
            "The machines of an inventory file (or RVTools CSV folder): native CSV, JSON or YAML,"
                + " an Azure Migrate import CSV, an RVTools export, or profiled write rates; see"
                + " docs/inputs/; - reads standard input.")
    String inventory;
  }

  /** A machine count and a total churn: that many identical machines sharing the churn. */
  static final class Aggregate {
    @Option(
        names = "--machines",
        required = true,
        paramLabel = "N",
        order = 0,
        converter = MachineCountConverter.class,
        description = "Number of source machines to protect (1 or more).")
    int machines;

    @Option(
        names = "--churn",
        required = true,
        paramLabel = "SIZE",
        order = 1,
        converter = SizeConverter.class,
        description =
            "Total daily churn of all machines, for example 250GB, 2 TiB, 1.5T or 500 (bare"
                + " numbers are GiB/day); an optional /day suffix is accepted.")
    double churnGiBPerDay;
  }

  /**
   * The profiled write rates of the inventory read by {@link #plan} or {@link #workload}; empty for
   * other formats, aggregates and the example.
   */
  java.util.List<org.asrsizing.model.WriteSeries> series() {
    return inventory == null ? java.util.List.of() : inventory.series();
  }

  /** The inventory read by {@link #plan} or {@link #workload}, or {@code null} for other inputs. */
  Inventory inventory() {
    return inventory;
  }

  /** Whether a workload was given. */
  boolean present() {
    return choice != null;
  }

  /**
   * The workload: a usage error when none was given (exit 2), an input error when the inventory
   * cannot be used (exit 4). Rows skipped or machines left out of an inventory are counted on
   * stderr.
   */
  Workload workload(CommandLine cmd) {
    if (choice == null) {
      throw new ParameterException(cmd, Messages.missingWorkload());
    }
    if (choice.inventory != null) {
      inventory = inventoryOptions.read(cmd, choice.inventory);
      Workload machines = InventoryOptions.workload(inventory); // an error names the counts itself
      InventoryOptions.report(cmd, inventory);
      return machines;
    }
    inventoryOptions.checkUsedWithInventory(cmd);
    if (choice.example) {
      Example example = Example.load();
      return Workload.aggregate(example.machines(), SizeConverter.parse(example.churn()));
    }
    return Workload.aggregate(choice.aggregate.machines, choice.aggregate.churnGiBPerDay);
  }

  /**
   * The plan of the workload with {@code spares} (N+1), and the inventory's findings first when it
   * came from one.
   */
  Plan plan(CommandLine cmd, Catalog catalog, PlanOptions options, int spares) {
    Workload machines = workload(cmd);
    PlanningOptions.checked(
        cmd,
        "--growth",
        () -> {
          Planner.checkGrowth(machines, options.growthPercent());
          return machines;
        });
    PlanningOptions.checkHub(cmd, catalog, options.hub(), machines);
    if (inventory != null) {
      // The workload read above, not inventory.workload() again: at a million machines each copy
      // costs a pass and a map of every name.
      return Sizing.plan(machines, catalog, options, spares)
          .withFindingsFirst(inventory.findings());
    }
    Plan plan = Sizing.plan(machines, catalog, options, spares);
    return choice.example ? plan.withFindingsLast(List.of(Example.load().finding())) : plan;
  }
}
