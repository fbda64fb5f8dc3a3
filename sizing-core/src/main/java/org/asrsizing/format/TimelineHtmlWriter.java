package org.asrsizing.format;

import java.util.List;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.Deployment;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.TimelineEvent;
import org.asrsizing.whatif.TimelineMonth;
import org.asrsizing.whatif.WhatIfContext;

/**
 * Writes a growth {@link Timeline} as one self-contained HTML page: today's and the last month's
 * deployment first, then servers and vCPUs by month with the changes marked, the events and every
 * month. Same frame, escaping and determinism as {@link PlanHtmlWriter}.
 */
public final class TimelineHtmlWriter {

  /** The months table is collapsed behind its count beyond this many months. */
  private static final int OPEN_MONTHS = 12;

  private TimelineHtmlWriter() {}

  /** The HTML page of {@code t}, planned with the options {@code context} describes. */
  public static String toHtml(Timeline t, WhatIfContext context) {
    return toHtml(t, context, null);
  }

  /** As {@link #toHtml(Timeline, WhatIfContext)}, dated {@code date} ({@code null}: no date). */
  public static String toHtml(Timeline t, WhatIfContext context, String date) {
    String growth =
        "machines +"
            + Units.percent(t.machineGrowthPercentPerYear())
            + "/year, churn +"
            + Units.percent(t.churnGrowthPercentPerYear())
            + "/year, compounded monthly, "
            + t.horizonMonths()
            + " months";
    Markup m =
        HtmlPage.open(
            "ASR growth timeline: " + growth,
            "ASR growth timeline",
            context.catalog() + " · " + growth,
            date);
    m.append(summary(t, context));
    m.open("section", "id", "charts").line().element("h2", "Servers and vCPU by month").line();
    String alt =
        "Step chart of the deployment's vCPUs and servers from month 0 to month "
            + t.horizonMonths()
            + "; "
            + (t.events().isEmpty()
                ? "the deployment does not change"
                : Labels.count(t.events().size(), "change") + " marked at their months");
    m.open("figure")
        .line()
        .append(TimelineChart.svg("chart-timeline", t.months(), t.events(), alt))
        .element("figcaption", alt, "class", "visually-hidden")
        .line()
        .append(
            t.events().isEmpty()
                ? new Markup()
                    .element(
                        "p", "No change up to month " + t.horizonMonths() + ".", "class", "note")
                : events(t).render())
        .closeLine("figure");
    m.closeLine("section");
    m.append(months(t));
    return HtmlPage.close(m, context.catalog(), context.storageUnits());
  }

  private static Markup summary(Timeline t, WhatIfContext context) {
    Markup m = new Markup().open("section", "id", "summary", "class", "first-screen").line();
    m.element("h2", "Today and at the horizon").line();
    HtmlTable now =
        new HtmlTable(
            "horizon-table",
            false,
            "month",
            ">machines",
            ">churn GiB/day",
            "configuration servers",
            "process servers",
            ">vCPU",
            ">memory GiB",
            ">cache disk GiB",
            ">unplaced machines",
            ">machines moved",
            ">afresh vCPU",
            ">lower bound vCPU");
    List<TimelineMonth> months = t.months();
    row(now, months.get(0));
    if (months.size() > 1) {
      row(now, months.get(months.size() - 1));
    }
    m.append(now.render());
    m.open("div", "class", "cards").line();
    m.open("div", "class", "card").line().element("h3", "Changes").line();
    m.open("p", "class", "big").text(t.events().size()).closeLine("p");
    m.element(
            "p",
            t.events().isEmpty()
                ? "The deployment of month 0 holds to month " + t.horizonMonths() + "."
                : "The first change is needed in month "
                    + t.events().get(0).month()
                    + ": "
                    + t.events().get(0).detail()
                    + ".")
        .line()
        .closeLine("div");
    TimelineMonth last = months.get(months.size() - 1);
    m.open("div", "class", "card").line().element("h3", "Path against planning afresh").line();
    m.open("p", "class", "big").text(last.deployment().vcpus() + " vCPU").closeLine("p");
    m.element(
            "p",
            "Month "
                + last.month()
                + ": the servers bought along the path have "
                + last.deployment().vcpus()
                + " vCPU; planning that month afresh needs "
                + last.afresh().vcpus()
                + ", and no deployment fewer than "
                + last.lowerBoundVcpus()
                + ".")
        .line()
        .closeLine("div");
    m.open("div", "class", "card").line().element("h3", "Key assumptions").line().open("dl");
    HtmlDetails.entry(m, "catalog", context.catalog());
    HtmlDetails.entry(
        m,
        "when full",
        t.change().word() + " (add servers, resize servers bought, or the cheaper)");
    HtmlDetails.entry(
        m, "headroom", Units.percent(context.headroomPercent()) + " of every limit kept free");
    HtmlDetails.entry(m, "preference", Labels.preference(context.preference()));
    HtmlDetails.entry(
        m, "machine growth", Units.percent(t.machineGrowthPercentPerYear()) + " a year");
    HtmlDetails.entry(m, "churn growth", Units.percent(t.churnGrowthPercentPerYear()) + " a year");
    m.closeLine("dl").closeLine("div");
    return m.closeLine("div").closeLine("section");
  }

  private static void row(HtmlTable t, TimelineMonth month) {
    Deployment d = month.deployment();
    t.row(
        month(month.month(), month.date()),
        d.machines(),
        Units.number(d.churnGiBPerDay(), 2),
        d.configurationServerTiers(),
        d.processServerTiers(),
        d.vcpus(),
        d.memoryGiB(),
        d.cacheDiskGiB(),
        d.unplacedMachines(),
        month.machinesMoved(),
        month.afresh().vcpus(),
        month.lowerBoundVcpus());
  }

  /** The month's number, with its calendar month when the timeline has a start. */
  private static String month(int month, String date) {
    return date == null ? String.valueOf(month) : month + " (" + date + ")";
  }

  private static HtmlTable events(Timeline t) {
    HtmlTable table = new HtmlTable("events-table", false, ">number", ">month", "event", "detail");
    List<TimelineEvent> events = t.events();
    for (int i = 0; i < events.size(); i++) {
      TimelineEvent e = events.get(i);
      table.row(i + 1, month(e.month(), e.date()), e.event(), e.detail());
    }
    return table;
  }

  private static Markup months(Timeline t) {
    HtmlTable table =
        new HtmlTable(
            "months-table",
            true,
            ">month",
            ">machines",
            ">churn GiB/day",
            "configuration servers",
            "process servers",
            ">vCPU",
            ">memory GiB",
            ">cache disk GiB",
            ">unplaced machines",
            ">machines moved",
            ">afresh vCPU",
            ">lower bound vCPU");
    t.months().forEach(month -> row(table, month));
    Markup m = new Markup().open("section", "id", "months").line().element("h2", "Every month");
    m.line();
    if (table.size() > OPEN_MONTHS) {
      m.open("details")
          .element("summary", Labels.count(table.size(), "month"))
          .line()
          .append(table.render())
          .closeLine("details");
    } else {
      m.append(table.render());
    }
    return m.closeLine("section");
  }
}
