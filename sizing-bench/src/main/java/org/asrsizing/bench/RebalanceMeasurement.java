package org.asrsizing.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Unplaced;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.Move;
import org.asrsizing.operate.OperateMode;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.Rebalancer;
import org.asrsizing.operate.ServerReport;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * One rebalancer run on one perturbed deployment: moves against the rebalancer's lower bound, the
 * servers added, whether every machine is accounted for, and wall time.
 *
 * @param catalog catalog id
 * @param instance instance name of the fleet the deployment was planned for
 * @param perturbation what changed
 * @param headroomPercent headroom of the plan and of the rebalance
 * @param machines machines in the perturbed deployment (new ones included)
 * @param newMachines machines that were not replicated before
 * @param moves machines that change server
 * @param lowerBoundMoves the rebalancer's lower bound on moves
 * @param serversAdded servers added
 * @param serversOverLimitAfter servers above a limit after the change (must be 0)
 * @param unplaced machines no server can protect
 * @param lost discrepancies in accounting for the machines after the change, see {@link #lost}
 *     (must be 0)
 * @param millis wall time of {@link Rebalancer#run}, milliseconds
 */
public record RebalanceMeasurement(
    String catalog,
    String instance,
    Perturbation perturbation,
    double headroomPercent,
    int machines,
    int newMachines,
    int moves,
    int lowerBoundMoves,
    int serversAdded,
    int serversOverLimitAfter,
    int unplaced,
    int lost,
    double millis) {

  /** The factor of the lower bound the moves are measured against. */
  public static final double TARGET_FACTOR = 2;

  /** The deployment a default plan of {@code machines} at {@code headroomPercent} describes. */
  public static CurrentDeployment deployed(
      List<Machine> machines, Catalog catalog, double headroomPercent) {
    Plan plan =
        Planner.plan(
            Workload.of(machines),
            catalog,
            PlanOptions.defaults().withHeadroomPercent(headroomPercent));
    return CurrentDeployment.of(plan);
  }

  /**
   * {@code deployment} after {@code perturbation} with {@code seed}, churn clamped to {@link
   * Perturbation#maxChurn}.
   */
  public static CurrentDeployment perturbed(
      CurrentDeployment deployment,
      Catalog catalog,
      Perturbation perturbation,
      double headroomPercent,
      long seed) {
    return perturbation.apply(deployment, Perturbation.maxChurn(catalog, headroomPercent), seed);
  }

  /** The rebalance options of the benchmark: moves planned, no drain, no spare. */
  public static OperateOptions options(double headroomPercent) {
    return new OperateOptions(headroomPercent, null, Set.of(), 0, OperateMode.REBALANCE);
  }

  /** Rebalances {@code deployment} and measures it. */
  public static RebalanceMeasurement measure(
      String catalogId,
      Catalog catalog,
      String instance,
      Perturbation perturbation,
      double headroomPercent,
      CurrentDeployment deployment) {
    OperateOptions options = options(headroomPercent);
    long start = System.nanoTime();
    Rebalance r = Rebalancer.run(deployment, catalog, options);
    double millis = (System.nanoTime() - start) / 1e6;
    var s = r.summary();
    return new RebalanceMeasurement(
        catalogId,
        instance,
        perturbation,
        headroomPercent,
        deployment.machines().size(),
        s.newMachines(),
        s.moves(),
        s.lowerBoundMoves(),
        s.serversAdded(),
        s.serversOverLimitAfter(),
        s.unplacedMachines(),
        lost(deployment, r),
        millis);
  }

  /**
   * Machines not accounted for exactly once after {@code r}: each machine of {@code deployment}
   * must end on one server (where it was, where a move or placement takes it) or be unplaced; each
   * move must leave the server the machine is on; and the machines each carrying server reports
   * after the change must be the ones that end on it. Returns the number of discrepancies, 0 when
   * all is well.
   */
  static int lost(CurrentDeployment deployment, Rebalance r) {
    Map<String, String> at = new HashMap<>(deployment.serverOf());
    int bad = 0;
    for (Move m : r.moves()) {
      String was = at.get(m.machine());
      if (was == null || !was.equals(m.from())) {
        bad++;
      }
      at.put(m.machine(), m.to());
    }
    for (Move p : r.placements()) {
      if (at.put(p.machine(), p.to()) != null) {
        bad++;
      }
    }
    Set<String> unplaced = new HashSet<>();
    for (Unplaced u : r.unplaced()) {
      if (!unplaced.add(u.machine())) {
        bad++;
      }
      at.remove(u.machine());
    }
    Map<String, Integer> onServer = new HashMap<>();
    for (Machine m : deployment.machines()) {
      String s = at.get(m.name());
      if (s == null && !unplaced.contains(m.name())) {
        bad++;
      } else if (s != null) {
        onServer.merge(s, 1, Integer::sum);
      }
    }
    int reported = 0;
    List<String> carrying = new ArrayList<>();
    for (ServerReport s : r.servers()) {
      if (!s.replicates()) {
        continue;
      }
      carrying.add(s.id());
      reported += s.machinesAfter();
      bad += Math.abs(s.machinesAfter() - onServer.getOrDefault(s.id(), 0));
    }
    for (String s : onServer.keySet()) {
      if (!carrying.contains(s)) {
        bad += onServer.get(s);
      }
    }
    bad += Math.abs(deployment.machines().size() - (reported + r.unplaced().size()));
    return bad;
  }

  /** Moves over the lower bound: 1 when both are 0, infinite when only the bound is 0. */
  public double ratio() {
    if (lowerBoundMoves == 0) {
      return moves == 0 ? 1 : Double.POSITIVE_INFINITY;
    }
    return (double) moves / lowerBoundMoves;
  }

  /** Whether the moves are at most twice the lower bound (none when the bound is 0). */
  public boolean withinTarget() {
    return moves <= TARGET_FACTOR * lowerBoundMoves;
  }

  /** Whether the change is sound: no server over a limit, no machine lost. */
  public boolean sound() {
    return serversOverLimitAfter == 0 && lost == 0;
  }
}
