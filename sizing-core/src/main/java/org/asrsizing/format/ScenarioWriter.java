package org.asrsizing.format;

import org.asrsizing.model.Preference;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.ScenarioComparison;
import org.asrsizing.whatif.ScenarioRow;
import org.asrsizing.whatif.WhatIfContext;

/** Writes a {@link ScenarioComparison} as one table, a row per scenario. */
public final class ScenarioWriter {

  private ScenarioWriter() {}

  /** A scenario's own columns, before its deployment's, in the text and the HTML. */
  static final String[] LEADING = {"scenario", "catalog", ">growth %", ">headroom %", "prefer"};

  /** The cells of {@code r} under {@link #LEADING}. */
  static Object[] leading(ScenarioRow r) {
    return new Object[] {
      r.name(),
      r.catalog(),
      Units.number(r.growthPercent(), 1),
      Units.number(r.headroomPercent(), 1),
      r.preference() == Preference.VCPUS ? "vcpus" : "servers"
    };
  }

  public static String toText(ScenarioComparison c, WhatIfContext context) {
    StringBuilder sb = new StringBuilder();
    sb.append("Scenarios: ")
        .append(c.scenarios().size())
        .append(" side by side (defaults from the command line)\n")
        .append(context.text())
        .append('\n');
    TextTable t = DeploymentColumns.table(LEADING);
    for (ScenarioRow r : c.scenarios()) {
      DeploymentColumns.row(t, r.deployment(), leading(r));
    }
    sb.append(t.render("  "));
    return sb.toString();
  }
}
