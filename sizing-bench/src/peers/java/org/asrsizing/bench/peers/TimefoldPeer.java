package org.asrsizing.bench.peers;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Timefold Solver on the packing, modelled as its cloud-balancing quickstart: machines are
 * processes, a pool of candidate servers per tier are computers. Default phases (construction
 * heuristic, then local search), one thread, stopped by wall time.
 */
public final class TimefoldPeer {

  /** Candidates per tier beyond what that tier alone needs: room for packing losses. */
  static final double POOL_SLACK = 1.2;

  private TimefoldPeer() {}

  public static PeerResult solve(PackingProblem problem, Duration budget) {
    SolverConfig config =
        new SolverConfig()
            .withSolutionClass(PackingSolution.class)
            .withEntityClasses(MachineAssignment.class)
            .withConstraintProviderClass(PackingConstraints.class)
            .withTerminationSpentLimit(budget);
    Solver<PackingSolution> solver = SolverFactory.<PackingSolution>create(config).buildSolver();
    long start = System.nanoTime();
    PackingSolution best = solver.solve(initial(problem));
    double millis = (System.nanoTime() - start) / 1e6;
    return new PeerResult(cost(best), -1, false, millis);
  }

  static PackingSolution initial(PackingProblem problem) {
    List<ServerSlot> servers = new ArrayList<>();
    for (PackingProblem.BinType t : problem.tiers()) {
      int pool = (int) Math.ceil(problem.binsIfOnly(t) * POOL_SLACK) + 1;
      for (int k = 0; k < pool; k++) {
        servers.add(
            new ServerSlot(
                servers.size(), t.name(), t.vcpus(), t.maxMachines(), t.maxChurnMilli()));
      }
    }
    List<MachineAssignment> assignments = new ArrayList<>();
    long[] churn = problem.churnMilli();
    for (int i = 0; i < churn.length; i++) {
      assignments.add(new MachineAssignment(i, churn[i]));
    }
    return new PackingSolution(servers, assignments);
  }

  /** The vCPUs of the used servers, or -1 when some machine is unplaced or a limit is broken. */
  static int cost(PackingSolution s) {
    if (s.getScore() == null || !s.getScore().isFeasible()) {
      return -1;
    }
    Set<ServerSlot> used = new HashSet<>();
    for (MachineAssignment a : s.getAssignments()) {
      if (a.getServer() == null) {
        return -1;
      }
      used.add(a.getServer());
    }
    return used.stream().mapToInt(ServerSlot::vcpus).sum();
  }
}
