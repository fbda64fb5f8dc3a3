package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * Named scenarios planned side by side.
 *
 * @param scenarios one row per scenario, in file order
 */
public record ScenarioComparison(List<ScenarioRow> scenarios) {

  public ScenarioComparison {
    scenarios = List.copyOf(scenarios);
  }

  /**
   * Plans every scenario. {@code base} may be {@code null} when every scenario names its own
   * machines and churn; {@code catalogs} loads a catalog by name or file. A scenario that cannot be
   * planned is a {@link WhatIfInputException} naming it.
   */
  public static ScenarioComparison compare(
      List<Scenario> scenarios,
      Workload base,
      Catalog baseCatalog,
      PlanOptions baseOptions,
      Function<String, Catalog> catalogs) {
    List<ScenarioRow> rows = new ArrayList<>();
    for (Scenario s : scenarios) {
      try {
        Catalog catalog = s.catalog() == null ? baseCatalog : catalogs.apply(s.catalog());
        PlanOptions options =
            new PlanOptions(
                    s.growthPercent() == null ? baseOptions.growthPercent() : s.growthPercent(),
                    s.headroomPercent() == null
                        ? baseOptions.headroomPercent()
                        : s.headroomPercent(),
                    s.prefer() == null ? baseOptions.preference() : s.prefer(),
                    s.csLimit() == null
                        ? baseOptions.configurationServerMachineLimit()
                        : s.csLimit())
                .withHub(baseOptions.hub());
        Workload w = workload(s, base);
        rows.add(
            new ScenarioRow(
                s.name(),
                catalog.id() + " " + catalog.version(),
                options.growthPercent(),
                options.headroomPercent(),
                options.preference(),
                Deployment.of(Planner.plan(w, catalog, options))));
      } catch (IllegalArgumentException e) {
        throw new WhatIfInputException("scenario '" + s.name() + "': " + e.getMessage(), e);
      }
    }
    return new ScenarioComparison(rows);
  }

  private static Workload workload(Scenario s, Workload base) {
    Workload w;
    if (s.machines() != null && s.churnGiBPerDay() != null) {
      w = Workload.aggregate(s.machines(), s.churnGiBPerDay());
    } else if (base == null) {
      throw new IllegalArgumentException(
          "needs machines and churnGiBPerDay, or a workload on the command line");
    } else if (s.machines() != null || s.churnGiBPerDay() != null) {
      if (!base.aggregate()) {
        throw new IllegalArgumentException(
            "machines or churnGiBPerDay alone replace part of an aggregate, not of an inventory;"
                + " use machinesMultiplier or churnMultiplier");
      }
      w =
          Workload.aggregate(
              s.machines() == null ? base.machineCount() : s.machines(),
              s.churnGiBPerDay() == null ? base.totalChurnGiBPerDay() : s.churnGiBPerDay());
    } else {
      w = base;
    }
    double mm = s.machinesMultiplier() == null ? 1 : s.machinesMultiplier();
    double cm = s.churnMultiplier() == null ? 1 : s.churnMultiplier();
    return WorkloadGrowth.grow(w, mm, cm);
  }
}
