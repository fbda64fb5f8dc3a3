package org.asrsizing.rebalance;

import java.util.List;

/**
 * How a server stands and why.
 *
 * @param state the worst classification any check gave
 * @param reasons one sentence per check that was not Healthy, with the threshold
 * @param churnFactor the share of its current churn the server should keep so that every observed
 *     metric returns below its Warning threshold, assuming load follows churn; 1 when no metric is
 *     above Warning
 */
public record ServerHealth(HealthState state, List<String> reasons, double churnFactor) {

  public ServerHealth {
    reasons = List.copyOf(reasons);
  }
}
