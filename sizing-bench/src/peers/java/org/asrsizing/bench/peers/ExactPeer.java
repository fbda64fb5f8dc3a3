package org.asrsizing.bench.peers;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The true optimum of the packing, by OR-Tools CP-SAT: bins with a tier choice each, every machine
 * in exactly one bin, both limits per bin, minimise the vCPUs of the chosen tiers.
 */
public final class ExactPeer {

  private static boolean loaded;

  private ExactPeer() {}

  private static synchronized void loadNativeLibraries() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  /**
   * Solves {@code problem}. {@code upperBoundVcpus} is the cost of a known solution (the
   * planner's): an optimum is no dearer, so it uses at most {@code upperBoundVcpus / vcpus} bins of
   * each tier, and those are all the bins the model offers.
   */
  public static PeerResult solve(PackingProblem problem, int upperBoundVcpus, Duration limit) {
    loadNativeLibraries();
    List<PackingProblem.BinType> bins = new ArrayList<>();
    for (PackingProblem.BinType t : problem.tiers()) {
      for (int k = 0; k < upperBoundVcpus / t.vcpus(); k++) {
        bins.add(t);
      }
    }
    int n = problem.machines();
    long[] churn = problem.churnMilli();
    CpModel model = new CpModel();
    BoolVar[][] x = new BoolVar[n][bins.size()];
    BoolVar[] used = new BoolVar[bins.size()];
    LinearExprBuilder objective = LinearExpr.newBuilder();
    LinearExprBuilder allSlots = LinearExpr.newBuilder();
    LinearExprBuilder allRoom = LinearExpr.newBuilder();
    for (int b = 0; b < bins.size(); b++) {
      PackingProblem.BinType type = bins.get(b);
      used[b] = model.newBoolVar("used" + b);
      objective.addTerm(used[b], type.vcpus());
      allSlots.addTerm(used[b], type.maxMachines());
      allRoom.addTerm(used[b], type.maxChurnMilli());
      LinearExprBuilder count = LinearExpr.newBuilder();
      LinearExprBuilder load = LinearExpr.newBuilder();
      for (int i = 0; i < n; i++) {
        x[i][b] = model.newBoolVar("x" + i + "_" + b);
        count.add(x[i][b]);
        load.addTerm(x[i][b], churn[i]);
        model.addImplication(x[i][b], used[b]);
      }
      model.addLessOrEqual(count, LinearExpr.term(used[b], type.maxMachines()));
      model.addLessOrEqual(load, LinearExpr.term(used[b], type.maxChurnMilli()));
      // Bins of one tier are interchangeable: use them in order, to cut symmetric copies.
      if (b > 0 && bins.get(b - 1).equals(type)) {
        model.addImplication(used[b], used[b - 1]);
      }
    }
    for (int i = 0; i < n; i++) {
      model.addExactlyOne(x[i]);
    }
    // Implied by the above, but they give the relaxation the aggregate capacity argument.
    model.addGreaterOrEqual(allSlots, n);
    model.addGreaterOrEqual(allRoom, problem.totalChurnMilli());
    model.minimize(objective);
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(limit.toMillis() / 1000.0);
    solver.getParameters().setNumWorkers(2);
    solver.getParameters().setRandomSeed(1);
    long start = System.nanoTime();
    CpSolverStatus status = solver.solve(model);
    double millis = (System.nanoTime() - start) / 1e6;
    boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    return new PeerResult(
        found ? (int) Math.round(solver.objectiveValue()) : -1,
        (int) Math.ceil(solver.bestObjectiveBound() - 1e-6),
        status == CpSolverStatus.OPTIMAL,
        millis);
  }
}
