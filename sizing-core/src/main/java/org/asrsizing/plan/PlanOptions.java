package org.asrsizing.plan;

import org.asrsizing.model.Preference;
import org.asrsizing.placement.Limits;

/**
 * How to plan.
 *
 * @param growthPercent grow machine count and churn by this much before sizing (0 for none)
 * @param headroomPercent keep this share of every tier limit free (0 to below 100)
 * @param preference what to minimise first
 * @param configurationServerMachineLimit override of the catalog's machine limit for a
 *     non-replicating configuration server (for example 650); {@code null} keeps the catalog's
 * @param spares process servers (or appliances) of one site that may fail at once, 0 to {@value
 *     #MAX_SPARES}: the plan is the cheapest one that survives any such failure (N+K)
 * @param failoverHeadroomPercent the share of every tier limit the survivors keep free while
 *     servers are down (0: they may use their tier limits; at most the headroom)
 * @param hub {@code null}: every site is its own deployment with its own configuration server;
 *     otherwise the site whose configuration servers manage every site's process servers (the other
 *     sites are branches with process servers only)
 */
public record PlanOptions(
    double growthPercent,
    double headroomPercent,
    Preference preference,
    Integer configurationServerMachineLimit,
    int spares,
    double failoverHeadroomPercent,
    String hub) {

  /** The most servers that may fail at once. */
  public static final int MAX_SPARES = 3;

  /** The largest configuration server machine limit accepted. */
  public static final int MAX_CONFIGURATION_SERVER_MACHINES =
      org.asrsizing.catalog.ManagementServer.MAX_MACHINES;

  /** The largest growth accepted, percent. */
  public static final double MAX_GROWTH_PERCENT = 1000;

  public PlanOptions {
    if (!Double.isFinite(growthPercent)
        || growthPercent < 0
        || growthPercent > MAX_GROWTH_PERCENT) {
      throw new IllegalArgumentException(
          "growth must be a percentage from 0 to " + (int) MAX_GROWTH_PERCENT);
    }
    if (!Double.isFinite(headroomPercent) || headroomPercent < 0 || headroomPercent >= 100) {
      throw new IllegalArgumentException("headroom must be a percentage from 0 to below 100");
    }
    if (preference == null) {
      preference = Preference.VCPUS;
    }
    if (configurationServerMachineLimit != null
        && (configurationServerMachineLimit < 1
            || configurationServerMachineLimit > MAX_CONFIGURATION_SERVER_MACHINES)) {
      throw new IllegalArgumentException(
          "the configuration server machine limit must be a whole number from 1 to "
              + MAX_CONFIGURATION_SERVER_MACHINES);
    }
    if (spares < 0 || spares > MAX_SPARES) {
      throw new IllegalArgumentException("spares must be a whole number from 0 to " + MAX_SPARES);
    }
    if (!Double.isFinite(failoverHeadroomPercent)
        || failoverHeadroomPercent < 0
        || failoverHeadroomPercent > headroomPercent) {
      throw new IllegalArgumentException(
          "the failover headroom must be a percentage from 0 to the headroom");
    }
    if (hub != null && hub.isBlank()) {
      throw new IllegalArgumentException("the hub must name a site");
    }
  }

  /** Every site its own deployment. */
  public PlanOptions(
      double growthPercent,
      double headroomPercent,
      Preference preference,
      Integer configurationServerMachineLimit,
      int spares,
      double failoverHeadroomPercent) {
    this(
        growthPercent,
        headroomPercent,
        preference,
        configurationServerMachineLimit,
        spares,
        failoverHeadroomPercent,
        null);
  }

  /** No spares: the plan of N. */
  public PlanOptions(
      double growthPercent,
      double headroomPercent,
      Preference preference,
      Integer configurationServerMachineLimit) {
    this(growthPercent, headroomPercent, preference, configurationServerMachineLimit, 0, 0);
  }

  /** No growth, no headroom, fewest vCPUs first, catalog limits. */
  public static PlanOptions defaults() {
    return new PlanOptions(0, 0, Preference.VCPUS, null);
  }

  public PlanOptions withPreference(Preference p) {
    return new PlanOptions(
        growthPercent,
        headroomPercent,
        p,
        configurationServerMachineLimit,
        spares,
        failoverHeadroomPercent,
        hub);
  }

  public PlanOptions withGrowthPercent(double g) {
    return new PlanOptions(
        g,
        headroomPercent,
        preference,
        configurationServerMachineLimit,
        spares,
        failoverHeadroomPercent,
        hub);
  }

  /** With headroom {@code h}; a failover headroom above it is lowered to it. */
  public PlanOptions withHeadroomPercent(double h) {
    return new PlanOptions(
        growthPercent,
        h,
        preference,
        configurationServerMachineLimit,
        spares,
        Math.min(failoverHeadroomPercent, h),
        hub);
  }

  /** Surviving any {@code k} servers of a site failing, survivors within {@code failover}. */
  public PlanOptions withSpares(int k, double failoverHeadroom) {
    return new PlanOptions(
        growthPercent,
        headroomPercent,
        preference,
        configurationServerMachineLimit,
        k,
        failoverHeadroom,
        hub);
  }

  /**
   * With the hub topology: {@code site}'s configuration servers manage the process servers of every
   * site; {@code null} for a deployment per site.
   */
  public PlanOptions withHub(String site) {
    return new PlanOptions(
        growthPercent,
        headroomPercent,
        preference,
        configurationServerMachineLimit,
        spares,
        failoverHeadroomPercent,
        site);
  }

  /** The share of a limit that may be used, for example 0.9 at 10 % headroom. */
  double usableFraction() {
    return Limits.usableFraction(headroomPercent);
  }
}
