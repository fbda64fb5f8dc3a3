package org.asrsizing.placement;

/**
 * A server as placement sees it: what it may carry and what it carries now. The planner's bins and
 * the running deployment's servers are both slots, so that "does it fit", room and utilisation are
 * written once, with the one tolerance of {@link Limits}.
 */
public interface Slot {

  /** Machines it may carry. */
  int machineLimit();

  /** Churn it may carry, GiB/day. */
  double churnLimitGiBPerDay();

  /** Machines it carries now. */
  int machines();

  /** Churn it carries now, GiB/day. */
  double churnGiBPerDay();

  /** Whether it stays within its limits with {@code load} added. */
  default boolean fits(Load load) {
    return machines() + load.count() <= machineLimit()
        && Limits.withinChurn(churnGiBPerDay() + load.churnGiBPerDay(), churnLimitGiBPerDay());
  }

  /** Whether it stays within its limits with {@code out} taken off and {@code in} added. */
  default boolean fitsSwapping(Load out, Load in) {
    return machines() - out.count() + in.count() <= machineLimit()
        && Limits.withinChurn(
            churnGiBPerDay() - out.churnGiBPerDay() + in.churnGiBPerDay(), churnLimitGiBPerDay());
  }

  /** Whether it carries more than its limits now. */
  default boolean overloaded() {
    return machines() > machineLimit()
        || !Limits.withinChurn(churnGiBPerDay(), churnLimitGiBPerDay());
  }

  /** Machines it may still take. */
  default int machineRoom() {
    return machineLimit() - machines();
  }

  /** Churn it may still take, GiB/day. */
  default double churnRoom() {
    return churnLimitGiBPerDay() - churnGiBPerDay();
  }

  /** The higher of machine and churn utilisation now, as a fraction. */
  default double utilisation() {
    return Limits.utilisation(machines(), churnGiBPerDay(), machineLimit(), churnLimitGiBPerDay());
  }

  /** The higher of machine and churn utilisation with {@code load} added, as a fraction. */
  default double utilisationWith(Load load) {
    return Limits.utilisation(
        machines() + load.count(),
        churnGiBPerDay() + load.churnGiBPerDay(),
        machineLimit(),
        churnLimitGiBPerDay());
  }
}
