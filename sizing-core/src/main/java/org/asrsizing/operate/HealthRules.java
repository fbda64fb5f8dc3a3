package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asrsizing.catalog.HealthThreshold;
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
    HealthState state = HealthState.HEALTHY;
    List<String> reasons = new ArrayList<>();
    double factor = Double.POSITIVE_INFINITY;
    if (server.belowSmallestTier() && server.carries()) {
      state = HealthState.CRITICAL;
      reasons.add(
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
      var tier = server.tier();
      if (machines > tier.maxMachines()) {
        state = HealthState.CRITICAL;
        reasons.add(
            "carries "
                + machines
                + " machines, above the "
                + tier.maxMachines()
                + " of the "
                + tier.name()
                + " tier");
      }
      if (Limits.exceedsRelative(churn, tier.maxChurnGiBPerDay())) {
        state = HealthState.CRITICAL;
        reasons.add(
            "changes "
                + Units.churn(churn)
                + ", above the "
                + Units.churn(tier.maxChurnGiBPerDay())
                + " of the "
                + tier.name()
                + " tier");
      }
      if (state == HealthState.HEALTHY && machines > server.limitMachines()) {
        state = HealthState.WARNING;
        reasons.add(
            "carries "
                + machines
                + " machines, above the "
                + server.limitMachines()
                + " the headroom leaves");
      }
      if (state != HealthState.CRITICAL
          && !Limits.withinChurn(churn, server.limitChurnGiBPerDay())) {
        state = HealthState.WARNING;
        reasons.add(
            "changes "
                + Units.churn(churn)
                + ", above the "
                + Units.churn(server.limitChurnGiBPerDay())
                + " the headroom leaves");
      }
    }
    if (observed != null) {
      for (HealthThreshold t : thresholds) {
        Double value = value(observed, t.metric());
        if (value == null) {
          continue;
        }
        factor = Math.min(factor, keep(t, value));
        boolean above = t.direction().equals("above");
        boolean critical = above ? value > t.critical() : value < t.critical();
        boolean warning = above ? value > t.warning() : value < t.warning();
        if (!warning && !critical) {
          continue;
        }
        HealthState s = critical ? HealthState.CRITICAL : HealthState.WARNING;
        if (s.compareTo(state) > 0) {
          state = s;
        }
        double keep = keep(t, value);
        reasons.add(
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
    }
    return new ServerHealth(state, reasons, factor);
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
