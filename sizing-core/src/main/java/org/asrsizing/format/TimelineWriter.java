package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.WhatIfContext;

/** Writes a {@link Timeline} as text: one row per month, then the events. */
public final class TimelineWriter {

  private TimelineWriter() {}

  public static String toText(Timeline t, WhatIfContext context) {
    StringBuilder sb = new StringBuilder();
    sb.append("Growth timeline: machines +")
        .append(Units.percent(t.machineGrowthPercentPerYear()))
        .append("/year, churn +")
        .append(Units.percent(t.churnGrowthPercentPerYear()))
        .append("/year, compounded monthly, ")
        .append(t.horizonMonths())
        .append(" months\n")
        .append(context.text())
        .append('\n');
    TextTable table = DeploymentColumns.table(">month");
    t.months().forEach(m -> DeploymentColumns.row(table, m.deployment(), m.month()));
    sb.append(table.render("  "));
    sb.append("\nEvents\n");
    if (t.events().isEmpty()) {
      sb.append("  none: the deployment of month 0 holds to month ")
          .append(t.horizonMonths())
          .append('\n');
    } else {
      TextTable events = new TextTable(">month", "event", "detail");
      t.events().forEach(e -> events.row(e.month(), e.event(), e.detail()));
      sb.append(events.render("  "));
    }
    return sb.toString();
  }
}
