package org.asrsizing.operate;

import java.util.Objects;
import java.util.Set;
import org.asrsizing.placement.Limits;

/**
 * How to rebalance.
 *
 * @param headroomPercent keep this share of every tier limit free (0 to below 100)
 * @param configurationServerMachineLimit machines one configuration server manages, or {@code null}
 *     for the catalog's default
 * @param drain servers to empty and retire: some for a drain, none otherwise
 * @param spare servers that may fail at once and be absorbed by the others (0 to {@value
 *     #MAX_SPARE})
 * @param mode the command: rebalance, drain, or health (which moves nothing)
 * @param failoverHeadroomPercent the share of every tier limit the survivors keep free while a
 *     server is down (0: they may use their tier limits; at most the headroom)
 */
public record OperateOptions(
    double headroomPercent,
    Integer configurationServerMachineLimit,
    Set<String> drain,
    int spare,
    OperateMode mode,
    double failoverHeadroomPercent) {

  /** The most servers that may fail at once. */
  public static final int MAX_SPARE = 3;

  public OperateOptions {
    if (!Double.isFinite(headroomPercent) || headroomPercent < 0 || headroomPercent >= 100) {
      throw new IllegalArgumentException("headroom must be a percentage from 0 to below 100");
    }
    if (spare < 0 || spare > MAX_SPARE) {
      throw new IllegalArgumentException("spare must be a whole number from 0 to " + MAX_SPARE);
    }
    if (!Double.isFinite(failoverHeadroomPercent)
        || failoverHeadroomPercent < 0
        || failoverHeadroomPercent > headroomPercent) {
      throw new IllegalArgumentException(
          "the failover headroom must be a percentage from 0 to the headroom");
    }
    Objects.requireNonNull(mode, "mode");
    drain = Set.copyOf(drain);
    if (drain.isEmpty() == (mode == OperateMode.DRAIN)) {
      throw new IllegalArgumentException(
          mode == OperateMode.DRAIN
              ? "a drain names the servers to drain"
              : "only a drain names servers to drain");
    }
  }

  /** Survivors held to their tier limits during a failure. */
  public OperateOptions(
      double headroomPercent,
      Integer configurationServerMachineLimit,
      Set<String> drain,
      int spare,
      OperateMode mode) {
    this(headroomPercent, configurationServerMachineLimit, drain, spare, mode, 0);
  }

  /** Whether the run checks that one failure can be absorbed (N+1). */
  boolean checksFailures() {
    return spare > 0;
  }

  double usableFraction() {
    return Limits.usableFraction(headroomPercent);
  }
}
