package org.asrsizing.placement;

import org.asrsizing.catalog.Tier;

/**
 * What a server may carry: a machine limit and a churn limit, as planned (headroom applied, machine
 * limit rounded down). The one capacity vocabulary of placement: every headroom-reduced limit and
 * every "does this load fit" check goes through here, with the one {@link #TOLERANCE}.
 *
 * <p>Internal to sizing; public only because {@code plan} and {@code operate} call it.
 *
 * @param machines machines it may carry
 * @param churnGiBPerDay churn it may carry, GiB/day
 */
public record Limits(int machines, double churnGiBPerDay) {

  /** Relative tolerance for sums of churn that equal a limit up to floating-point rounding. */
  public static final double TOLERANCE = 1e-9;

  /** The limits of {@code tier} with {@code headroomPercent} of them kept free. */
  public static Limits of(Tier tier, double headroomPercent) {
    return ofUsable(tier, usableFraction(headroomPercent));
  }

  /** The limits of {@code tier} with the share {@code usable} of them available (0.9 at 10 %). */
  public static Limits ofUsable(Tier tier, double usable) {
    return new Limits(
        machineLimit(tier.maxMachines(), usable), churnLimit(tier.maxChurnGiBPerDay(), usable));
  }

  /**
   * The limits of {@code tier} themselves, headroom not applied (no rounding at all): what a server
   * may carry while another has failed.
   */
  public static Limits atTierLimits(Tier tier) {
    return new Limits(tier.maxMachines(), tier.maxChurnGiBPerDay());
  }

  /** The share of a limit that may be used at {@code headroomPercent}, for example 0.9 at 10 %. */
  public static double usableFraction(double headroomPercent) {
    return 1 - headroomPercent / 100;
  }

  /**
   * A machine limit with the share {@code usable} available, rounded down; the tolerance keeps
   * {@code 100 * 0.85} at 85 rather than 84.
   */
  public static int machineLimit(int maxMachines, double usable) {
    return (int) Math.floor(maxMachines * usable + TOLERANCE);
  }

  /** A churn limit with the share {@code usable} available (not rounded). */
  public static double churnLimit(double maxChurnGiBPerDay, double usable) {
    return maxChurnGiBPerDay * usable;
  }

  /** Whether a load of {@code machines} and {@code churnGiBPerDay} stays within these limits. */
  public boolean holds(int machines, double churnGiBPerDay) {
    return machines <= this.machines && withinChurn(churnGiBPerDay, this.churnGiBPerDay);
  }

  /**
   * Whether {@code churn} stays within {@code limit} up to the tolerance, relative to the limit but
   * never less than the tolerance in absolute terms (limits below 1 GiB/day).
   */
  public static boolean withinChurn(double churn, double limit) {
    return churn <= limit + TOLERANCE * Math.max(1, limit);
  }

  /**
   * Whether {@code churn} exceeds {@code limit} by more than the tolerance relative to the limit
   * only (no absolute floor). Used by the per-machine ceiling and the health check against the tier
   * limit; differs from {@code !withinChurn} only for limits below 1 GiB/day.
   */
  public static boolean exceedsRelative(double churn, double limit) {
    return churn > limit * (1 + TOLERANCE);
  }

  /**
   * The higher of machine and churn utilisation for a load, as a fraction; infinite over a zero
   * limit.
   */
  public double utilisation(int machines, double churnGiBPerDay) {
    return utilisation(machines, churnGiBPerDay, this.machines, this.churnGiBPerDay);
  }

  /** The higher of machine and churn utilisation, as a fraction; infinite over a zero limit. */
  public static double utilisation(
      int machines, double churn, int limitMachines, double limitChurn) {
    double byCount =
        limitMachines == 0
            ? (machines == 0 ? 0 : Double.POSITIVE_INFINITY)
            : (double) machines / limitMachines;
    double byChurn =
        limitChurn <= 0 ? (churn <= 0 ? 0 : Double.POSITIVE_INFINITY) : churn / limitChurn;
    return Math.max(byCount, byChurn);
  }

  /**
   * The planner's utilisation: the plain ratios, with no guard for zero limits (the planner never
   * builds a zero machine limit). Equals {@link #utilisation(int, double)} for positive limits.
   */
  public double plainUtilisation(int machines, double churnGiBPerDay) {
    return Math.max((double) machines / this.machines, churnGiBPerDay / this.churnGiBPerDay);
  }
}
