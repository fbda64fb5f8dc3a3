package org.asrsizing.format;

import org.asrsizing.model.Preference;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.ScenarioComparison;
import org.asrsizing.whatif.ScenarioRow;
import org.asrsizing.whatif.WhatIfContext;

/** Writes a {@link ScenarioComparison} as one table, a row per scenario. */
public final class ScenarioWriter {

  private ScenarioWriter() {}

  public static String toText(ScenarioComparison c, WhatIfContext context) {
    StringBuilder sb = new StringBuilder();
    sb.append("Scenarios: ")
        .append(c.scenarios().size())
        .append(" side by side (defaults from the command line)\n")
        .append(context.text())
        .append('\n');
    TextTable t =
        DeploymentColumns.table("scenario", "catalog", ">growth %", ">headroom %", "prefer");
    for (ScenarioRow r : c.scenarios()) {
      DeploymentColumns.row(
          t,
          r.deployment(),
          r.name(),
          r.catalog(),
          Units.number(r.growthPercent(), 1),
          Units.number(r.headroomPercent(), 1),
          r.preference() == Preference.VCPUS ? "vcpus" : "servers");
    }
    sb.append(t.render("  "));
    return sb.toString();
  }
}
