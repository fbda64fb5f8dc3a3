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
 */
public record PlanOptions(
    double growthPercent,
    double headroomPercent,
    Preference preference,
    Integer configurationServerMachineLimit) {

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
    if (configurationServerMachineLimit != null && configurationServerMachineLimit < 1) {
      throw new IllegalArgumentException(
          "the configuration server machine limit must be a whole number of at least 1");
    }
  }

  /** No growth, no headroom, fewest vCPUs first, catalog limits. */
  public static PlanOptions defaults() {
    return new PlanOptions(0, 0, Preference.VCPUS, null);
  }

  public PlanOptions withPreference(Preference p) {
    return new PlanOptions(growthPercent, headroomPercent, p, configurationServerMachineLimit);
  }

  public PlanOptions withGrowthPercent(double g) {
    return new PlanOptions(g, headroomPercent, preference, configurationServerMachineLimit);
  }

  public PlanOptions withHeadroomPercent(double h) {
    return new PlanOptions(growthPercent, h, preference, configurationServerMachineLimit);
  }

  /** The share of a limit that may be used, for example 0.9 at 10 % headroom. */
  double usableFraction() {
    return Limits.usableFraction(headroomPercent);
  }
}
