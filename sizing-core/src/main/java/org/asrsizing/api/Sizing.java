package org.asrsizing.api;

import java.nio.file.Path;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.io.DeploymentReader;
import org.asrsizing.io.inventory.Inventories;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.io.inventory.ReadOptions;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.Rebalancer;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.plan.PlannerHabits;
import org.asrsizing.rules.DocumentedLimits;
import org.asrsizing.rules.MachineRules;

/**
 * The entry point for a program that embeds the tool: read an inventory, plan it (with N+1 if
 * asked), operate a running deployment. Every answer carries every finding, the input's ones first,
 * as the command line shows them.
 *
 * <pre>{@code
 * Catalog catalog = Sizing.catalog("asr-classic");
 * Inventory inventory = Sizing.read(Path.of("machines.csv"), ReadOptions.defaults());
 * Plan plan = Sizing.plan(inventory, catalog, PlanOptions.defaults(), 0);
 * plan.findings().forEach(f -> System.out.println(f.severity() + " " + f.message()));
 * }</pre>
 */
public final class Sizing {

  private Sizing() {}

  /**
   * A built-in catalog by name ({@code asr-classic}, {@code asr-modernized}), or a catalog file in
   * JSON or YAML when the argument is not a built-in name.
   *
   * @throws org.asrsizing.catalog.CatalogException with one sentence when the name is neither, or
   *     the file cannot be used
   */
  public static Catalog catalog(String nameOrFile) {
    return CatalogLoader.load(nameOrFile);
  }

  /**
   * A running deployment from its file (JSON or YAML): its servers and the machines each
   * replicates, with their churn.
   *
   * @throws org.asrsizing.operate.DeploymentException with one sentence naming the file and, where
   *     known, the line and field, when the file cannot be used
   */
  public static CurrentDeployment deployment(Path file) {
    return DeploymentReader.read(file, null);
  }

  /**
   * Reads an inventory in the format its name or content shows.
   *
   * @throws org.asrsizing.io.inventory.InventoryException with one sentence naming the file and,
   *     where known, the line and column, when the file cannot be used
   */
  public static Inventory read(Path file, ReadOptions options) {
    return Inventories.read(file, null, options);
  }

  /**
   * Plans {@code workload}; with {@code spares} K from 1 to 3 (or {@link PlanOptions#spares()}),
   * the cheapest plan found that survives any K process servers of a site failing (N+K): hot spares
   * or active-active, whichever is cheaper.
   *
   * @throws IllegalArgumentException with one sentence when {@code options} do not fit {@code
   *     catalog} or {@code spares} is not from 0 to 3
   */
  public static Plan plan(Workload workload, Catalog catalog, PlanOptions options, int spares) {
    PlanOptions o = withSpares(options, spares);
    return PlannerHabits.withMarginFinding(Planner.plan(workload, catalog, o), workload, catalog, o)
        .withFindingsFirst(catalogOverrides(catalog))
        .withCompatibility(MachineRules.verdicts(workload.machines(), catalog));
  }

  /**
   * The warnings for limits of {@code catalog} that cite a page the bundled catalogs cite, with a
   * value that page does not give; empty for the bundled catalogs themselves.
   */
  public static List<Finding> catalogOverrides(Catalog catalog) {
    List<Catalog> bundled = CatalogLoader.BUILT_IN.stream().map(CatalogLoader::builtIn).toList();
    return DocumentedLimits.overrides(catalog, bundled);
  }

  /**
   * Plans the machines of {@code inventory}, with the inventory's findings (rows skipped, values
   * assumed, warnings) before the plan's own.
   *
   * @throws org.asrsizing.io.inventory.InventoryException when the inventory has no machine
   * @see #plan(Workload, Catalog, PlanOptions, int)
   */
  public static Plan plan(Inventory inventory, Catalog catalog, PlanOptions options, int spares) {
    return plan(inventory.workload(), catalog, options, spares)
        .withFindingsFirst(inventory.findings());
  }

  /**
   * The change to a running deployment: the fewest machine moves that bring every server within its
   * limits, draining the servers {@code options} name, with health and N+1 checks.
   *
   * @throws org.asrsizing.operate.DeploymentException when a server does not fit {@code catalog}
   * @throws org.asrsizing.operate.DrainTargetException when a server to drain is not there
   */
  public static Rebalance operate(
      CurrentDeployment deployment, Catalog catalog, OperateOptions options) {
    return Rebalancer.run(deployment, catalog, options);
  }

  /** {@code options} with {@code spares}, unless they already ask for some. */
  private static PlanOptions withSpares(PlanOptions options, int spares) {
    if (spares < 0 || spares > PlanOptions.MAX_SPARES) {
      throw new IllegalArgumentException(
          "spares must be a whole number from 0 to " + PlanOptions.MAX_SPARES + ", not " + spares);
    }
    return spares == 0 ? options : options.withSpares(spares, options.failoverHeadroomPercent());
  }
}
