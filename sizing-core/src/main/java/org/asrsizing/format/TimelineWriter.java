package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.TimelineMonth;
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
    sb.append(
            "  path:     month 0 as planned, then each month changes the servers bought as little")
        .append(" as the limits allow; ")
        .append(t.change().word())
        .append(" change when more room is needed\n\n");
    boolean dated = t.start() != null;
    String[] leading = dated ? new String[] {">month", "date"} : new String[] {">month"};
    TextTable table =
        DeploymentColumns.table(
            leading, new String[] {">moved", ">afresh vCPU", ">lower bound vCPU"});
    for (TimelineMonth m : t.months()) {
      Object[] lead = dated ? new Object[] {m.month(), m.date()} : new Object[] {m.month()};
      DeploymentColumns.row(
          table,
          m.deployment(),
          lead,
          new Object[] {m.machinesMoved(), m.afresh().vcpus(), m.lowerBoundVcpus()});
    }
    sb.append(table.render("  "));
    TimelineMonth last = t.months().get(t.months().size() - 1);
    sb.append("\nMonth ")
        .append(last.month())
        .append(": the path has ")
        .append(last.deployment().vcpus())
        .append(" vCPU, planned afresh ")
        .append(last.afresh().vcpus())
        .append(", lower bound ")
        .append(last.lowerBoundVcpus())
        .append('\n');
    sb.append("\nEvents\n");
    if (t.events().isEmpty()) {
      sb.append("  none: the deployment of month 0 holds to month ")
          .append(t.horizonMonths())
          .append('\n');
    } else {
      TextTable events =
          dated
              ? new TextTable(">month", "date", "event", "detail")
              : new TextTable(">month", "event", "detail");
      t.events()
          .forEach(
              e -> {
                if (dated) {
                  events.row(e.month(), e.date(), e.event(), e.detail());
                } else {
                  events.row(e.month(), e.event(), e.detail());
                }
              });
      sb.append(events.render("  "));
    }
    return sb.toString();
  }
}
