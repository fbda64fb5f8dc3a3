package org.asrsizing.plan;

import org.asrsizing.catalog.Tier;
import org.asrsizing.placement.Limits;

/**
 * A tier with its limits as planned: headroom applied, machine limit rounded down.
 *
 * @param index position of the tier in its list, smallest first
 */
record Capacity(int index, Tier tier, Limits limits) {

  /** Relative tolerance for sums of churn that equal a limit up to floating-point rounding. */
  static final double EPSILON = Limits.TOLERANCE;

  static Capacity of(int index, Tier tier, double usableFraction) {
    return new Capacity(index, tier, Limits.ofUsable(tier, usableFraction));
  }

  int maxMachines() {
    return limits.machines();
  }

  double maxChurnGiBPerDay() {
    return limits.churnGiBPerDay();
  }

  boolean holds(int machines, double churnGiBPerDay) {
    return limits.holds(machines, churnGiBPerDay);
  }

  static boolean withinChurn(double churn, double limit) {
    return Limits.withinChurn(churn, limit);
  }
}
