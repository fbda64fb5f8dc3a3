package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asrsizing.catalog.HealthThreshold;
import org.asrsizing.model.ObservedMetrics;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/**
 * Classifies a process server from the catalog's health thresholds (CPU, memory, cache free space,
 * cache upload time) and from its load against its tier.
 */
final class HealthRules {

  private HealthRules() {}

  static ServerHealth assess(
      ResolvedServer server,
      int machines,
      double churn,
      ObservedMetrics observed,
      List<HealthThreshold> thresholds) {
    Verdict v = new Verdict();
    if (server.belowSmallestTier() && server.carries()) {
      v.state = HealthState.CRITICAL;
      v.reasons.add(
          "its hardware ("
              + server.vcpus()
              + " vCPU, "
              + server.memoryGiB()
              + " GiB memory, "
              + server.cacheDiskGiB()
              + " GiB cache disk) is below the smallest "
              + server.tierList()
              + " tier, so it is planned to carry no machines");
    } else if (server.carries() && server.tier() != null) {
      againstTier(v, server, machines, churn);
    }
    if (observed != null) {
      for (HealthThreshold t : thresholds) {
        againstThreshold(v, server, observed, t);
      }
    }
    return new ServerHealth(v.state, v.reasons, v.factor);
  }

  /** The classification so far, its reasons and the churn factor the observed metrics allow. */
  private static final class Verdict {
    HealthState state = HealthState.HEALTHY;
    final List<String> reasons = new ArrayList<>();
    double factor = Double.POSITIVE_INFINITY;
  }

  /** Critical above the tier's limits, Warning above the limits less headroom. */
  private static void againstTier(Verdict v, ResolvedServer server, int machines, double churn) {
    var tier = server.tier();
    if (machines > tier.maxMachines()) {
      v.state = HealthState.CRITICAL;
      v.reasons.add(
          "carries "
              + machines
              + " machines, above the "
              + tier.maxMachines()
              + " of the "
              + tier.name()
              + " tier");
    }
    if (Limits.exceedsRelative(churn, tier.maxChurnGiBPerDay())) {
      v.state = HealthState.CRITICAL;
      v.reasons.add(
          "changes "
              + Units.churn(churn)
              + ", above the "
              + Units.churn(tier.maxChurnGiBPerDay())
              + " of the "
              + tier.name()
              + " tier");
    }
    if (v.state == HealthState.HEALTHY && machines > server.limitMachines()) {
      v.state = HealthState.WARNING;
      v.reasons.add(
          "carries "
              + machines
              + " machines, above the "
              + server.limitMachines()
              + " the headroom leaves");
    }
    if (v.state != HealthState.CRITICAL
        && !Limits.withinChurn(churn, server.limitChurnGiBPerDay())) {
      v.state = HealthState.WARNING;
      v.reasons.add(
          "changes "
              + Units.churn(churn)
              + ", above the "
              + Units.churn(server.limitChurnGiBPerDay())
              + " the headroom leaves");
    }
  }

  /** The observed value of one metric against its Warning and Critical thresholds. */
  private static void againstThreshold(
      Verdict v, ResolvedServer server, ObservedMetrics observed, HealthThreshold t) {
    Double value = value(observed, t.metric());
    if (value == null) {
      return;
    }
    double keep = keep(t, value);
    v.factor = Math.min(v.factor, keep);
    boolean above = t.direction().equals("above");
    boolean critical = above ? value > t.critical() : value < t.critical();
    boolean warning = above ? value > t.warning() : value < t.warning();
    if (!warning && !critical) {
      return;
    }
    HealthState s = critical ? HealthState.CRITICAL : HealthState.WARNING;
    if (s.compareTo(v.state) > 0) {
      v.state = s;
    }
    v.reasons.add(
        t.metric()
            + " is "
            + Units.number(value, 2)
            + " "
            + t.unit()
            + " ("
            + (critical ? "Critical " : "Warning ")
            + t.direction()
            + " "
            + Units.number(critical ? t.critical() : t.warning(), 2)
            + " "
            + t.unit()
            + ")"
            + (server.carries()
                ? "; to return below Warning it should keep at most "
                    + Units.percent(100 * keep)
                    + " of its churn"
                : ""));
  }

  /**
   * The multiple of its churn at which {@code value} reaches the Warning threshold, assuming the
   * metric follows churn (for free space: the space used); below 1 when it is above Warning,
   * infinite when the metric is at zero.
   */
  private static double keep(HealthThreshold t, double value) {
    if (t.direction().equals("above")) {
      return value <= 0 ? Double.POSITIVE_INFINITY : t.warning() / value;
    }
    double used = 100 - value;
    return used <= 0 ? Double.POSITIVE_INFINITY : (100 - t.warning()) / used;
  }

  /** The observed value of a catalog metric, matched by its name. */
  static Double value(ObservedMetrics m, String metric) {
    String name = metric.toLowerCase(Locale.ROOT);
    if (name.contains("cpu")) {
      return m.cpuPercent();
    }
    if (name.contains("memory")) {
      return m.memoryPercent();
    }
    if (name.contains("free")) {
      return m.cacheFreePercent();
    }
    if (name.contains("upload")) {
      return m.cacheUploadMinutes();
    }
    return null;
  }
}
