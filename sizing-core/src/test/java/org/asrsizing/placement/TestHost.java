package org.asrsizing.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * A host for the placement tests: its limits, its loads and their totals, kept as loads come and go
 * as the planner's bins keep theirs.
 *
 * @param <L> the loads
 */
final class TestHost<L extends Load> implements Host<L> {
  final String name;
  final int machineLimit;
  final double churnLimit;
  final List<L> loads = new ArrayList<>();
  int machines;
  double churn;

  TestHost(String name, int machineLimit, double churnLimit) {
    this.name = name;
    this.machineLimit = machineLimit;
    this.churnLimit = churnLimit;
  }

  @SafeVarargs
  static <L extends Load> TestHost<L> of(
      String name, int machineLimit, double churnLimit, L... loads) {
    TestHost<L> h = new TestHost<>(name, machineLimit, churnLimit);
    for (L load : loads) {
      h.add(load);
    }
    return h;
  }

  TestHost<L> copy() {
    TestHost<L> c = new TestHost<>(name, machineLimit, churnLimit);
    c.loads.addAll(loads);
    c.machines = machines;
    c.churn = churn;
    return c;
  }

  @Override
  public int machineLimit() {
    return machineLimit;
  }

  @Override
  public double churnLimitGiBPerDay() {
    return churnLimit;
  }

  @Override
  public int machines() {
    return machines;
  }

  @Override
  public double churnGiBPerDay() {
    return churn;
  }

  @Override
  public List<L> loads() {
    return loads;
  }

  @Override
  public void add(L load) {
    loads.add(load);
    machines += load.count();
    churn += load.churnGiBPerDay();
  }

  @Override
  public L take(int index) {
    L load = loads.remove(index);
    machines -= load.count();
    churn -= load.churnGiBPerDay();
    return load;
  }

  @Override
  public String toString() {
    return name;
  }
}
