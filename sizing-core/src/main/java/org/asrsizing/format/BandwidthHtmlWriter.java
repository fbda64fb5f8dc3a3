package org.asrsizing.format;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.AchievedRpo;
import org.asrsizing.whatif.BandwidthReport;
import org.asrsizing.whatif.ReplicationBatch;
import org.asrsizing.whatif.RequiredBandwidth;
import org.asrsizing.whatif.RpoReport;
import org.asrsizing.whatif.ServerBandwidth;
import org.asrsizing.whatif.SiteInitialReplication;
import org.asrsizing.whatif.SiteRpo;
import org.asrsizing.whatif.Throttle;
import org.asrsizing.whatif.WhatIfContext;

/**
 * Writes a {@link BandwidthReport} as one self-contained HTML page: per site the link each target
 * RPO needs and the RPO the given link gets first, then per site the RPO over time and the RPO
 * against bandwidth as charts with their tables, the servers, the initial replication batches, the
 * machines not protected and the findings. Same frame, escaping and determinism as {@link
 * PlanHtmlWriter}.
 */
public final class BandwidthHtmlWriter {

  private BandwidthHtmlWriter() {}

  /** The HTML page of {@code r}, planned with the options {@code context} describes. */
  public static String toHtml(BandwidthReport r, WhatIfContext context) {
    return toHtml(r, context, null);
  }

  /**
   * As {@link #toHtml(BandwidthReport, WhatIfContext)}, dated {@code date} ({@code null}: none).
   */
  public static String toHtml(BandwidthReport r, WhatIfContext context, String date) {
    String subject =
        r.deployment().machines()
            + " machines, "
            + Units.churn(r.deployment().churnGiBPerDay())
            + ", compression "
            + Units.percent(r.compressionPercent());
    Markup m =
        HtmlPage.open(
            "ASR bandwidth and RPO: " + subject,
            "ASR bandwidth and RPO",
            context.catalog() + " · " + subject,
            date);
    m.append(summary(r, context));
    for (SiteRpo s : r.rpo().sites()) {
      m.append(charts(s, r.rpo()));
    }
    m.append(servers(r));
    if (!r.initialBatches().isEmpty()) {
      m.append(batches(r.initialBatches()));
    }
    m.append(HtmlDetails.unplaced(r.unplaced()));
    m.append(HtmlDetails.findings(r.findings()));
    return HtmlPage.close(m, context.catalog(), context.storageUnits());
  }

  private static Markup summary(BandwidthReport r, WhatIfContext context) {
    RpoReport rpo = r.rpo();
    Markup m = new Markup().open("section", "id", "summary", "class", "first-screen").line();
    m.element("h2", "WAN link per site").line();
    double first = rpo.rpoTargetsMinutes().get(0);
    HtmlTable t =
        new HtmlTable(
            "sites-table",
            false,
            "site",
            ">machines",
            ">avg upload Mbps",
            ">peak upload Mbps",
            ">RPO " + Units.number(first, 1) + " min: every interval Mbps",
            ">99 % Mbps",
            ">90 % Mbps",
            ">link Mbps",
            ">worst RPO at link min",
            ">days over target");
    for (SiteRpo s : rpo.sites()) {
      RequiredBandwidth need = s.required().isEmpty() ? null : s.required().get(0);
      AchievedRpo a = s.achieved();
      t.row(
          s.site(),
          s.machines(),
          Units.number(s.averageEgressMbps(), 2),
          Units.number(s.peakEgressMbps(), 2),
          need == null ? "n/a" : mbps(need.mbpsAt100Percent()),
          need == null ? "n/a" : mbps(need.mbpsAt99Percent()),
          need == null ? "n/a" : mbps(need.mbpsAt90Percent()),
          s.bandwidthMbps() == null ? "not given" : Units.number(s.bandwidthMbps(), 2),
          a == null ? "n/a" : Units.number(a.worstRpoMinutes(), 1),
          a == null || a.targets().isEmpty()
              ? "n/a"
              : a.targets().get(0).daysOver() + " of " + a.targets().get(0).days());
    }
    m.append(t.render());
    if (!rpo.series()) {
      m.element(
              "p",
              "Only daily averages are known (no profiled write rates): the peak upload is the"
                  + " average times a peak factor of "
                  + Units.number(rpo.peakFactor(), 2)
                  + ", an assumption, and no RPO can be simulated.",
              "class",
              "note")
          .line();
    }
    m.open("div", "class", "cards").line();
    long warnings = r.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
    m.open("div", "class", "card").line().element("h3", "Risks").line();
    m.open("p", "class", "big").text(r.unplaced().size() + warnings).closeLine("p");
    m.element(
            "p",
            Labels.count(r.unplaced().size(), "machine")
                + " not protectable, "
                + warnings
                + (warnings == 1 ? " warning or error" : " warnings or errors")
                + " (see Findings).")
        .line()
        .closeLine("div");
    m.open("div", "class", "card").line().element("h3", "Key assumptions").line().open("dl");
    HtmlDetails.entry(m, "catalog", context.catalog());
    HtmlDetails.entry(m, "compression", Units.percent(r.compressionPercent()) + " before upload");
    HtmlDetails.entry(
        m,
        "write rates",
        rpo.series()
            ? "profiled series, simulated backlog (first in, first out)"
            : "daily averages x peak factor " + Units.number(rpo.peakFactor(), 2));
    HtmlDetails.entry(m, "target RPO", targets(rpo.rpoTargetsMinutes()));
    HtmlDetails.entry(m, "throttle", throttles(rpo.throttles()));
    m.closeLine("dl").closeLine("div");
    return m.closeLine("div").closeLine("section");
  }

  private static Markup charts(SiteRpo s, RpoReport rpo) {
    if (s.curve().isEmpty()) {
      return new Markup();
    }
    double target = rpo.rpoTargetsMinutes().get(0);
    List<LineChart.Reference> targetLines = new ArrayList<>();
    for (double t : rpo.rpoTargetsMinutes()) {
      targetLines.add(new LineChart.Reference(t, "target " + Units.number(t, 1) + " min"));
    }
    Markup m = HtmlDetails.section("site-" + s.site(), "Site " + s.site());
    if (s.achieved() != null) {
      m.append(overTime(s, s.achieved(), targetLines));
    }
    m.append(curve(s, target));
    return m.closeLine("section");
  }

  private static Markup overTime(SiteRpo s, AchievedRpo a, List<LineChart.Reference> targetLines) {
    List<AchievedRpo.RpoPoint> points = a.overTime();
    LocalDateTime start = s.from();
    double[] x = new double[points.size() + 1];
    double[] y = new double[points.size() + 1];
    for (int i = 0; i < points.size(); i++) {
      x[i] = hours(start, points.get(i).from());
      y[i] = points.get(i).rpoMinutes();
    }
    x[points.size()] = hours(start, s.to());
    y[points.size()] = points.isEmpty() ? 0 : y[points.size() - 1];
    String alt =
        "Line chart of the RPO at site "
            + s.site()
            + " over "
            + Units.number(a.bandwidthMbps(), 2)
            + " Mbps from "
            + s.from()
            + " to "
            + s.to()
            + "; worst "
            + Units.number(a.worstRpoMinutes(), 1)
            + " min, 90 % of intervals within "
            + Units.number(a.p90RpoMinutes(), 1)
            + " min";
    Markup f =
        HtmlCharts.figure("RPO over time at " + Units.number(a.bandwidthMbps(), 2) + " Mbps", alt);
    f.append(
        LineChart.svg(
            "chart-rpo-" + s.site(),
            alt,
            "days from " + s.from(),
            "RPO min",
            List.of(
                new LineChart.Series("RPO (age of the oldest unsent byte)", "series-vcpu", x, y)),
            dayTicks(start, s.to()),
            targetLines,
            List.of()));
    HtmlTable t = new HtmlTable("day-peaks-" + s.site(), true, "date", ">peak RPO min");
    for (AchievedRpo.DayPeak d : a.days()) {
      t.row(d.date(), Units.number(d.peakRpoMinutes(), 1));
    }
    return HtmlDetails.collapsed(f, "Peak RPO per day (" + Labels.count(t.size(), "day") + ")", t)
        .closeLine("figure");
  }

  private static Markup curve(SiteRpo s, double target) {
    List<SiteRpo.RpoAtBandwidth> c = s.curve();
    double[] x = new double[c.size()];
    double[] worst = new double[c.size()];
    double[] p90 = new double[c.size()];
    HtmlTable t =
        new HtmlTable("curve-" + s.site(), false, ">bandwidth Mbps", ">worst RPO min", ">p90 min");
    for (int i = 0; i < c.size(); i++) {
      x[i] = c.get(i).bandwidthMbps();
      worst[i] = c.get(i).worstRpoMinutes();
      p90[i] = c.get(i).p90RpoMinutes();
      t.row(Units.number(x[i], 2), Units.number(worst[i], 1), Units.number(p90[i], 1));
    }
    String alt =
        "Line chart of the worst and 90th-percentile RPO at site "
            + s.site()
            + " for bandwidths from "
            + Units.number(x[0], 2)
            + " to "
            + Units.number(x[x.length - 1], 2)
            + " Mbps, against a target of "
            + Units.number(target, 1)
            + " min";
    List<LineChart.Tick> ticks = new ArrayList<>();
    for (double v : x) {
      ticks.add(new LineChart.Tick(v, Units.number(v, v < 10 ? 1 : 0)));
    }
    List<LineChart.Reference> link =
        s.bandwidthMbps() == null
            ? List.of()
            : List.of(
                new LineChart.Reference(
                    s.bandwidthMbps(), "link " + Units.number(s.bandwidthMbps(), 2) + " Mbps"));
    Markup f = HtmlCharts.figure("Bandwidth against RPO", alt);
    f.append(
        LineChart.svg(
            "chart-curve-" + s.site(),
            alt,
            "bandwidth Mbps",
            "RPO min",
            List.of(
                new LineChart.Series("worst RPO", "series-vcpu", x, worst),
                new LineChart.Series("90 % of intervals", "series-servers", x, p90)),
            ticks,
            List.of(new LineChart.Reference(target, "target " + Units.number(target, 1) + " min")),
            link));
    return f.append(t.render()).closeLine("figure");
  }

  private static Markup servers(BandwidthReport r) {
    HtmlTable t = new HtmlTable("servers-table", true, BandwidthWriter.SERVER_COLUMNS);
    List<ServerBandwidth> heaviest = new ArrayList<>(r.servers());
    heaviest.sort(
        java.util.Comparator.comparingDouble((ServerBandwidth s) -> -s.egressMbps())
            .thenComparing(ServerBandwidth::id));
    java.util.Set<ServerBandwidth> charted =
        new java.util.HashSet<>(
            heaviest.subList(0, Math.min(heaviest.size(), HtmlCharts.MAX_SERVERS_CHARTED)));
    List<BarChart.Bar> bars = new ArrayList<>();
    for (ServerBandwidth s : r.servers()) {
      t.row(BandwidthWriter.serverCells(s, "n/a"));
      // More bars than a printed page holds: the heaviest are charted, the table has all.
      if (charted.contains(s)) {
        bars.add(
            new BarChart.Bar(
                s.id() + " " + s.tier(),
                s.egressMbps(),
                Units.number(s.egressMbps(), 1) + " Mbps",
                "ps"));
      }
    }
    String alt =
        "Bar chart of each server's average upload to Azure after compression in Mbps"
            + (bars.size() < r.servers().size()
                ? ", the " + bars.size() + " heaviest of " + r.servers().size() + " servers"
                : "")
            + ": "
            + String.join(", ", bars.stream().map(b -> b.label() + " " + b.note()).toList());
    Markup f = HtmlCharts.figure("Upload per server (daily average)", alt);
    f.append(BarChart.svg("chart-server-upload", bars, alt));
    return HtmlDetails.section("servers", "Servers (daily averages)")
        .append(HtmlCharts.table(f, t, "Servers table"))
        .closeLine("section");
  }

  private static Markup batches(List<SiteInitialReplication> sites) {
    HtmlTable t =
        new HtmlTable(
            "batches-table",
            true,
            "site",
            ">batch",
            ">machines",
            ">data GiB",
            ">start h",
            ">hours",
            "over goal",
            "machines, largest first");
    for (SiteInitialReplication s : sites) {
      for (ReplicationBatch b : s.batches()) {
        t.row(
            s.site(),
            b.number(),
            b.machines().size(),
            Units.number(b.dataGiB(), 2),
            Units.number(b.startHour(), 1),
            Units.number(b.hours(), 1),
            b.overGoal() ? "yes" : "no",
            String.join(", ", b.machines()));
      }
    }
    Markup m = HtmlDetails.section("initial-replication", "Initial replication");
    for (SiteInitialReplication s : sites) {
      m.element(
              "p",
              "Site "
                  + s.site()
                  + ": "
                  + Units.number(s.dataGiB(), 2)
                  + " GiB at "
                  + Units.number(s.availableMbps(), 2)
                  + " Mbps left after delta replication: "
                  + (s.hours() == null
                      ? "never (delta replication uses all of the link)"
                      : Units.number(s.hours(), 1) + " hours in " + s.batches().size() + " batches")
                  + ".")
          .line();
    }
    return HtmlDetails.collapsed(m, t.size() + (t.size() == 1 ? " batch" : " batches"), t)
        .closeLine("section");
  }

  private static List<LineChart.Tick> dayTicks(LocalDateTime from, LocalDateTime to) {
    double span = hours(from, to);
    int days = (int) Math.ceil(span / 24);
    int step = Math.max(1, (int) Math.ceil(days / 10.0));
    List<LineChart.Tick> ticks = new ArrayList<>();
    for (int d = 0; d <= days; d += step) {
      ticks.add(new LineChart.Tick(Math.min(d * 24.0, span), String.valueOf(d)));
    }
    return ticks;
  }

  private static double hours(LocalDateTime from, LocalDateTime to) {
    return ChronoUnit.SECONDS.between(from, to) / 3600.0;
  }

  private static String mbps(Double mbps) {
    return mbps == null ? "unreachable" : Units.number(mbps, 2);
  }

  private static String targets(List<Double> minutes) {
    List<String> parts = new ArrayList<>();
    minutes.forEach(m -> parts.add(Units.number(m, 1) + " min"));
    return String.join(", ", parts);
  }

  private static String throttles(List<Throttle> throttles) {
    if (throttles.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (Throttle t : throttles) {
      parts.add(t.from() + "-" + t.to() + " at most " + Units.number(t.mbps(), 2) + " Mbps");
    }
    return String.join("; ", parts);
  }
}
