package org.asrsizing.operate;

import org.asrsizing.model.Rule;
import org.asrsizing.plan.Planner;

/**
 * The names a running deployment's N+K check shares with the planner, which plans N+K itself
 * ({@code PlanOptions.spares}).
 */
public final class SparePlans {
  /**
   * The {@code bindingLimit} of a server kept empty for N+K ({@code sizing plan --spare K} writes
   * it); a rebalance does not give such a server machines.
   */
  public static final String SPARE = Planner.SPARE;

  /** Rule id of the finding that says what N+K costs. */
  public static final String RULE = Rule.FAILURE_TOLERANCE.id();

  private SparePlans() {}
}
