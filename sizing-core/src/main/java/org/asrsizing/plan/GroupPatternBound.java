package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A lower bound on the vCPUs of a classic scale-out deployment that sees both limits of a
 * configuration server group at once. Every group of a plan is one configuration server with its
 * process servers; it carries at most min(L, their machine limits) machines and at most their churn
 * limits. Split its process servers into a smallest set that reaches L machine slots (or all of
 * them, if they do not) and the rest, which add churn room only. The linear relaxation over all
 * such groups plus churn-only process servers is therefore a valid bound; unlike the tier program
 * it charges for the slots a group cannot use.
 */
final class GroupPatternBound {

  private GroupPatternBound() {}

  /**
   * @param tiers process server tiers as planned
   * @param management vCPUs of one configuration server
   * @param limit machines per configuration server as planned
   */
  static long vcpus(List<Capacity> tiers, int management, int limit, long machines, double churn) {
    List<double[]> columns = new ArrayList<>(); // {vcpus, machines, churn}
    enumerate(tiers, limit, management, new int[tiers.size()], 0, columns);
    for (Capacity c : tiers) {
      columns.add(new double[] {c.tier().vcpus(), 0, c.maxChurnGiBPerDay()});
    }
    int n = columns.size();
    double[] cost = new double[n];
    double[] count = new double[n];
    double[] room = new double[n];
    for (int i = 0; i < n; i++) {
      cost[i] = columns.get(i)[0];
      count[i] = columns.get(i)[1];
      room[i] = columns.get(i)[2];
    }
    List<LinearConstraint> constraints =
        List.of(
            new LinearConstraint(count, Relationship.GEQ, machines),
            new LinearConstraint(room, Relationship.GEQ, churn));
    PointValuePair optimum =
        new SimplexSolver()
            .optimize(
                new MaxIter(100_000),
                new LinearObjectiveFunction(cost, 0),
                new LinearConstraintSet(constraints),
                GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
    // Costs are whole vCPUs, so the bound rounds up; the tolerance absorbs simplex round-off.
    return (long) Math.ceil(optimum.getValue() * (1 - 1e-9) - 1e-6);
  }

  /** Groups whose process servers reach L slots only with all of them, or never reach it. */
  private static void enumerate(
      List<Capacity> tiers, int limit, int management, int[] counts, int from, List<double[]> out) {
    long slots = 0;
    double churn = 0;
    int vcpus = management;
    for (int t = 0; t < tiers.size(); t++) {
      slots += (long) counts[t] * tiers.get(t).maxMachines();
      churn += counts[t] * tiers.get(t).maxChurnGiBPerDay();
      vcpus += counts[t] * tiers.get(t).tier().vcpus();
    }
    if (slots > 0) {
      out.add(new double[] {vcpus, Math.min(limit, slots), churn});
    }
    if (slots >= limit) {
      return; // saturated: more process servers add churn room only (the churn-only columns)
    }
    for (int t = from; t < tiers.size(); t++) {
      counts[t]++;
      enumerate(tiers, limit, management, counts, t, out);
      counts[t]--;
    }
  }
}
