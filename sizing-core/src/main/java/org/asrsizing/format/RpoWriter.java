package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.AchievedRpo;
import org.asrsizing.whatif.RequiredBandwidth;
import org.asrsizing.whatif.RpoReport;
import org.asrsizing.whatif.ServerRpo;
import org.asrsizing.whatif.SiteRpo;

/** Writes the RPO part of a bandwidth report as text tables. */
final class RpoWriter {

  private RpoWriter() {}

  static void append(StringBuilder sb, RpoReport r, double compression) {
    if (!r.series()) {
      averages(sb, r, compression);
      return;
    }
    sb.append("\nBandwidth for the target RPO (simulated backlog of the profiled write rates;")
        .append(" Mbps = 10^6 bit/s after ")
        .append(Units.percent(compression))
        .append(" compression")
        .append(r.throttles().isEmpty() ? "" : ", throttled")
        .append(")\n");
    TextTable t =
        new TextTable(
            "site or server",
            ">target RPO min",
            ">every interval Mbps",
            ">99 % Mbps",
            ">90 % Mbps",
            ">avg egress Mbps",
            ">peak egress Mbps");
    for (SiteRpo s : r.sites()) {
      for (RequiredBandwidth b : s.required()) {
        t.row(
            "site " + s.site(),
            min(b.rpoMinutes()),
            mbps(b.mbpsAt100Percent()),
            mbps(b.mbpsAt99Percent()),
            mbps(b.mbpsAt90Percent()),
            Units.number(s.averageEgressMbps(), 2),
            Units.number(s.peakEgressMbps(), 2));
      }
    }
    for (ServerRpo s : r.servers()) {
      for (RequiredBandwidth b : s.required()) {
        t.row(
            "  " + s.id(),
            min(b.rpoMinutes()),
            mbps(b.mbpsAt100Percent()),
            mbps(b.mbpsAt99Percent()),
            mbps(b.mbpsAt90Percent()),
            "",
            "");
      }
    }
    sb.append(t.render("  "));
    SiteRpo first = r.sites().get(0);
    sb.append("  ")
        .append(first.sampleIntervals())
        .append(" sample intervals from ")
        .append(first.from())
        .append(" to ")
        .append(first.to())
        .append("; RPO = age of the oldest byte not yet sent; a throttle caps the link in its")
        .append(" window\n");
    achieved(sb, r);
    cache(sb, r);
  }

  private static void achieved(StringBuilder sb, RpoReport r) {
    if (r.sites().stream().allMatch(s -> s.achieved() == null)) {
      return;
    }
    sb.append("\nAchieved RPO at the given bandwidth\n");
    TextTable t =
        new TextTable(
            "site",
            ">link Mbps",
            ">worst min",
            ">p99 min",
            ">p90 min",
            ">target min",
            ">intervals over",
            ">days over",
            ">longest violation min",
            ">time over min");
    for (SiteRpo s : r.sites()) {
      AchievedRpo a = s.achieved();
      for (AchievedRpo.Violations v : a.targets()) {
        t.row(
            s.site(),
            Units.number(a.bandwidthMbps(), 2),
            min(a.worstRpoMinutes()),
            min(a.p99RpoMinutes()),
            min(a.p90RpoMinutes()),
            min(v.rpoMinutes()),
            v.intervalsOver() + " of " + v.intervals(),
            v.daysOver() + " of " + v.days(),
            min(v.longestViolationMinutes()),
            min(v.violationMinutes()));
      }
    }
    sb.append(t.render("  "));
    sb.append("\nPeak RPO per day, min\n");
    TextTable d = new TextTable("site", "date", ">peak RPO min");
    for (SiteRpo s : r.sites()) {
      for (AchievedRpo.DayPeak p : s.achieved().days()) {
        d.row(s.site(), p.date(), min(p.peakRpoMinutes()));
      }
    }
    sb.append(d.render("  "));
  }

  private static void cache(StringBuilder sb, RpoReport r) {
    sb.append("\nCache disk and backlog per server (at its share of the site's link, in")
        .append(" proportion to its mean write rate, or at what it needs for the first target)\n");
    TextTable t =
        new TextTable(
            "server",
            "site",
            "tier",
            ">machines",
            ">simulated at Mbps",
            ">worst RPO min",
            ">peak backlog GiB",
            ">cache GiB",
            ">cache used %");
    for (ServerRpo s : r.servers()) {
      t.row(
          s.id(),
          s.site(),
          s.tier(),
          s.machines(),
          mbps(s.bandwidthMbps()),
          s.worstRpoMinutes() == null ? "-" : min(s.worstRpoMinutes()),
          Units.number(s.peakBacklogGiB(), 2),
          s.cacheDiskGiB(),
          Units.number(s.cacheUsedPercent(), 1));
    }
    sb.append(t.render("  "));
  }

  private static void averages(StringBuilder sb, RpoReport r, double compression) {
    sb.append("\nBandwidth for the target RPO: daily averages only (no profiled write rates),")
        .append(" so the backlog cannot be simulated; estimate = average egress after ")
        .append(Units.percent(compression))
        .append(" compression x peak factor ")
        .append(Units.number(r.peakFactor(), 2))
        .append(" (an assumption)\n");
    TextTable t =
        new TextTable("site", ">machines", ">avg egress Mbps", ">estimate Mbps", ">link Mbps");
    for (SiteRpo s : r.sites()) {
      t.row(
          s.site(),
          s.machines(),
          Units.number(s.averageEgressMbps(), 2),
          Units.number(s.peakEgressMbps(), 2),
          s.bandwidthMbps() == null ? "-" : Units.number(s.bandwidthMbps(), 2));
    }
    sb.append(t.render("  "));
  }

  private static String mbps(Double mbps) {
    return mbps == null ? "unreachable" : Units.number(mbps, 2);
  }

  private static String min(double minutes) {
    return Units.number(minutes, 1);
  }
}
