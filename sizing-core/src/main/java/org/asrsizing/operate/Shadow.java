package org.asrsizing.operate;

import org.asrsizing.placement.Limits;
import org.asrsizing.placement.Slot;

/**
 * A server's load as a trial placement would leave it: the units tried on it are counted here, the
 * server itself is not changed, so that a trial that fails leaves nothing to undo.
 */
final class Shadow implements Slot {

  final Node node;
  private final Limits limits;
  private int machines;
  private double churn;

  /** {@code node} as it carries now, held to {@code limits}. */
  Shadow(Node node, Limits limits) {
    this.node = node;
    this.limits = limits;
    this.machines = node.count;
    this.churn = node.churn;
  }

  /** {@code node} as it carries now, held to its caps after the change. */
  Shadow(Node node) {
    this(node, node.caps());
  }

  void add(Unit u) {
    machines += u.count;
    churn += u.churn;
  }

  @Override
  public int machineLimit() {
    return limits.machines();
  }

  @Override
  public double churnLimitGiBPerDay() {
    return limits.churnGiBPerDay();
  }

  @Override
  public int machines() {
    return machines;
  }

  @Override
  public double churnGiBPerDay() {
    return churn;
  }
}
