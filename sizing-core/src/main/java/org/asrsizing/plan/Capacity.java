package org.asrsizing.plan;

import org.asrsizing.catalog.Tier;
import org.asrsizing.placement.Limits;

/**
 * A tier with its limits as planned: headroom applied, machine limit rounded down.
 *
 * @param index position of the tier in its list, smallest first
 */
record Capacity(int index, Tier tier, int maxMachines, double maxChurnGiBPerDay) {

  /** Relative tolerance for sums of churn that equal a limit up to floating-point rounding. */
  static final double EPSILON = Limits.TOLERANCE;

  static Capacity of(int index, Tier tier, double usableFraction) {
    Limits l = Limits.ofUsable(tier, usableFraction);
    return new Capacity(index, tier, l.machines(), l.churnGiBPerDay());
  }

  boolean holds(int machines, double churnGiBPerDay) {
    return machines <= maxMachines && withinChurn(churnGiBPerDay, maxChurnGiBPerDay);
  }

  static boolean withinChurn(double churn, double limit) {
    return Limits.withinChurn(churn, limit);
  }

  /** The higher of machine and churn utilisation for a load, as a fraction. */
  double utilisation(int machines, double churnGiBPerDay) {
    return Math.max((double) machines / maxMachines, churnGiBPerDay / maxChurnGiBPerDay);
  }
}
