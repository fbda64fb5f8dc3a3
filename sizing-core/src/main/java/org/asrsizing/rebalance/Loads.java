package org.asrsizing.rebalance;

/** Comparisons of churn sums, which carry floating-point noise. */
final class Loads {

  /** Relative tolerance for sums of churn that equal a limit up to rounding. */
  static final double EPSILON = 1e-9;

  private Loads() {}

  static boolean within(double churn, double limit) {
    return churn <= limit + EPSILON * Math.max(1, limit);
  }

  /**
   * The machines {@code tier} may carry with a share {@code usable} of its limits, rounded down.
   */
  static int machineLimit(org.asrsizing.catalog.Tier tier, double usable) {
    return (int) Math.floor(tier.maxMachines() * usable + EPSILON);
  }

  /** The higher of machine and churn utilisation, as a fraction; infinite over a zero limit. */
  static double utilisation(int machines, double churn, int limitMachines, double limitChurn) {
    double byCount =
        limitMachines == 0
            ? (machines == 0 ? 0 : Double.POSITIVE_INFINITY)
            : (double) machines / limitMachines;
    double byChurn =
        limitChurn <= 0 ? (churn <= 0 ? 0 : Double.POSITIVE_INFINITY) : churn / limitChurn;
    return Math.max(byCount, byChurn);
  }
}
