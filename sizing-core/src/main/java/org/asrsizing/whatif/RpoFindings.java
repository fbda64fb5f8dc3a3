package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Setting;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;

/** The findings of an {@link RpoReport}: every sentence it says, made in one place. */
final class RpoFindings {

  private static final String DOCS = "MicrosoftDocs/azure-docs articles/site-recovery/";

  private RpoFindings() {}

  static List<Finding> of(RpoReport r, double compressionPercent) {
    List<Finding> f = new ArrayList<>();
    f.add(
        new Finding(
            Rule.COMPRESSION,
            Severity.INFO,
            compression(compressionPercent),
            Rule.COMPRESSION.source(),
            Hint.of(Setting.COMPRESSION)));
    if (!r.series()) {
      for (SiteRpo s : r.sites()) {
        f.add(
            new Finding(
                Rule.RPO_DAILY_AVERAGE,
                Severity.WARNING,
                dailyAverage(s, r.peakFactor()),
                Rule.RPO_DAILY_AVERAGE.source(),
                Hint.of(Setting.PEAK_FACTOR)));
      }
      return f;
    }
    for (SiteRpo s : r.sites()) {
      for (RequiredBandwidth b : s.required()) {
        f.add(
            new Finding(
                Rule.RPO_BANDWIDTH, Severity.INFO, required(s, b), source(Rule.RPO_BANDWIDTH)));
      }
      if (s.achieved() != null) {
        for (AchievedRpo.Violations v : s.achieved().targets()) {
          f.add(
              new Finding(
                  Rule.RPO_TARGET,
                  v.intervalsOver() > 0 ? Severity.WARNING : Severity.INFO,
                  achieved(s, v),
                  source(Rule.RPO_TARGET)));
        }
      }
    }
    for (ServerRpo s : r.servers()) {
      if (s.cacheUsedPercent() > RpoReport.CACHE_WARNING_USED_PERCENT) {
        f.add(
            new Finding(
                Rule.RPO_CACHE_BACKLOG,
                s.cacheUsedPercent() > 100 ? Severity.ERROR : Severity.WARNING,
                cache(s),
                source(Rule.RPO_CACHE_BACKLOG)));
      }
    }
    return f;
  }

  static String source(Rule rule) {
    return DOCS + rule.source();
  }

  static String compression(double percent) {
    return "replication data is taken to shrink by "
        + Units.percent(percent)
        + " when compressed before upload (ASR assumes 30 %), as set by the compression setting";
  }

  static String dailyAverage(SiteRpo s, double peakFactor) {
    return "site "
        + s.site()
        + ": only daily averages are available (the inventory has no profiled write rates), so"
        + " the RPO cannot be simulated; the average upload is "
        + mbps(s.averageEgressMbps())
        + ", times a peak factor of "
        + Units.number(peakFactor, 2)
        + " (an assumption, as set by the peak factor setting), gives "
        + mbps(s.peakEgressMbps());
  }

  static String required(SiteRpo s, RequiredBandwidth b) {
    return "site "
        + s.site()
        + ": an RPO of "
        + minutes(b.rpoMinutes())
        + " needs "
        + reach(b.mbpsAt100Percent())
        + " in every sample interval, "
        + reach(b.mbpsAt99Percent())
        + " in 99 % and "
        + reach(b.mbpsAt90Percent())
        + " in 90 % of them (simulated backlog of "
        + s.sampleIntervals()
        + " sample intervals from "
        + s.from()
        + " to "
        + s.to()
        + ")";
  }

  static String achieved(SiteRpo s, AchievedRpo.Violations v) {
    AchievedRpo a = s.achieved();
    String head = "site " + s.site() + " at " + mbps(a.bandwidthMbps()) + ": ";
    if (v.intervalsOver() == 0) {
      return head
          + "the RPO stays within "
          + minutes(v.rpoMinutes())
          + " throughout (worst "
          + minutes(a.worstRpoMinutes())
          + ")";
    }
    return head
        + "the RPO goes above "
        + minutes(v.rpoMinutes())
        + " in "
        + v.intervalsOver()
        + " of "
        + v.intervals()
        + " sample intervals, on "
        + v.daysOver()
        + " of "
        + v.days()
        + " days; the longest violation lasts "
        + minutes(v.longestViolationMinutes())
        + " and the worst RPO is "
        + minutes(a.worstRpoMinutes());
  }

  static String cache(ServerRpo s) {
    return "server "
        + s.id()
        + ": its backlog peaks at "
        + Units.number(s.peakBacklogGiB(), 2)
        + " GiB, "
        + Units.percent(s.cacheUsedPercent())
        + " of its "
        + s.cacheDiskGiB()
        + " GiB cache disk at "
        + mbps(s.bandwidthMbps())
        + (s.cacheUsedPercent() > 100
            ? "; it does not fit and replication stalls"
            : "; less than 30 % free puts the process server in Warning health");
  }

  private static String reach(Double mbps) {
    return mbps == null ? "more than any bandwidth under the throttle" : mbps(mbps);
  }

  private static String mbps(double mbps) {
    return Units.number(mbps, 2) + " Mbps";
  }

  private static String minutes(double minutes) {
    return Units.number(minutes, 1) + " min";
  }
}
