package org.asrsizing.operate;

import java.util.List;

/**
 * How a server stands and why.
 *
 * @param state the worst classification any check gave
 * @param reasons one sentence per check that was not Healthy, with the threshold
 * @param churnFactor the multiple of its current churn at which the first observed metric reaches
 *     its Warning threshold, assuming load follows churn: below 1 when a metric is above Warning
 *     (the share it should keep), above 1 when all are below (the room it has), infinite when
 *     nothing is observed
 */
public record ServerHealth(HealthState state, List<String> reasons, double churnFactor) {

  public ServerHealth {
    reasons = List.copyOf(reasons);
  }
}
