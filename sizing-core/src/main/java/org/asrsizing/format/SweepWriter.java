package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.Sweep;
import org.asrsizing.whatif.WhatIfContext;

/** Writes a {@link Sweep} as one table, a row per value. */
public final class SweepWriter {

  private SweepWriter() {}

  public static String toText(Sweep s, WhatIfContext context) {
    String header = s.variable() + (s.unit().equals("x") ? " multiplier" : " %");
    StringBuilder sb = new StringBuilder();
    sb.append("Sweep of ")
        .append(header)
        .append(": ")
        .append(s.rows().size())
        .append(" values\n")
        .append(context.text())
        .append('\n');
    TextTable t = DeploymentColumns.table(">" + header);
    s.rows().forEach(r -> DeploymentColumns.row(t, r.deployment(), Units.number(r.value(), 4)));
    sb.append(t.render("  "));
    return sb.toString();
  }
}
