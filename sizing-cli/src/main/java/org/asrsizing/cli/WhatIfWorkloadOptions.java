package org.asrsizing.cli;

import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.model.Workload;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The workload of a what-if: an aggregate, an inventory file or the bundled example. */
final class WhatIfWorkloadOptions {

  @Mixin InventoryOptions inventoryOptions;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Workload (one of):%n", order = 0)
  Choice choice;

  /** An aggregate, an inventory file or the bundled example. */
  static final class Choice {
    @ArgGroup(exclusive = false, order = 0)
    Aggregate aggregate;

    @Option(
        names = InventoryOptions.INVENTORY,
        paramLabel = "FILE",
        order = 1,
        description =
            "The machines of an inventory file (native CSV, JSON or YAML, Azure Migrate, RVTools"
                + " xlsx or CSV folder, profiled write rates), as for sizing plan --inventory.")
    String inventory;

    @Option(
        names = "--example",
        order = 2,
        description =
            "Use the bundled example: " + Example.DESCRIPTION + " (--machines 220 --churn 1.5TB).")
    boolean example;
  }

  /** A machine count and a total churn: that many identical machines sharing the churn. */
  static final class Aggregate {
    @Option(
        names = "--machines",
        required = true,
        paramLabel = "N",
        order = 0,
        converter = MachineCountConverter.class,
        description = "Number of source machines, for example --machines 500.")
    int machines;

    @Option(
        names = "--churn",
        required = true,
        paramLabel = "SIZE",
        order = 1,
        converter = SizeConverter.class,
        description =
            "Total daily churn of all machines, for example --churn 3TB (binary: 3 TiB = 3072"
                + " GiB; a bare number is GiB/day).")
    double churnGiBPerDay;
  }

  /** Whether a workload was given. */
  boolean present() {
    return choice != null;
  }

  /** The workload; a usage error when none was given. */
  Workload workload(CommandLine cmd) {
    if (choice == null) {
      throw new ParameterException(cmd, WhatIfMessages.missingWorkload());
    }
    if (choice.inventory != null) {
      Inventory inventory = inventoryOptions.read(cmd, choice.inventory);
      InventoryOptions.report(cmd, inventory);
      return InventoryOptions.workload(inventory);
    }
    inventoryOptions.checkUsedWithInventory(cmd);
    if (choice.example) {
      Example example = Example.load();
      return Workload.aggregate(example.machines(), SizeConverter.parse(example.churn()));
    }
    return Workload.aggregate(choice.aggregate.machines, choice.aggregate.churnGiBPerDay);
  }
}
