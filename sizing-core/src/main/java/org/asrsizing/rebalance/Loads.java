package org.asrsizing.rebalance;

import org.asrsizing.placement.Limits;

/** Comparisons of churn sums, which carry floating-point noise. */
final class Loads {

  /** Relative tolerance for sums of churn that equal a limit up to rounding. */
  static final double EPSILON = Limits.TOLERANCE;

  private Loads() {}

  static boolean within(double churn, double limit) {
    return Limits.withinChurn(churn, limit);
  }

  /**
   * The machines {@code tier} may carry with a share {@code usable} of its limits, rounded down.
   */
  static int machineLimit(org.asrsizing.catalog.Tier tier, double usable) {
    return Limits.machineLimit(tier.maxMachines(), usable);
  }

  /** The higher of machine and churn utilisation, as a fraction; infinite over a zero limit. */
  static double utilisation(int machines, double churn, int limitMachines, double limitChurn) {
    return Limits.utilisation(machines, churn, limitMachines, limitChurn);
  }
}
