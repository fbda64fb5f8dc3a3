package org.asrsizing.bench.peers;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/** Machines to place on a pool of candidate servers, Timefold's cloud-balancing shape. */
@PlanningSolution
public class PackingSolution {

  @ProblemFactCollectionProperty @ValueRangeProvider private List<ServerSlot> servers;

  @PlanningEntityCollectionProperty private List<MachineAssignment> assignments;

  @PlanningScore private HardSoftLongScore score;

  /** For the solver's cloning. */
  public PackingSolution() {}

  public PackingSolution(List<ServerSlot> servers, List<MachineAssignment> assignments) {
    this.servers = servers;
    this.assignments = assignments;
  }

  public List<ServerSlot> getServers() {
    return servers;
  }

  public List<MachineAssignment> getAssignments() {
    return assignments;
  }

  public HardSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardSoftLongScore score) {
    this.score = score;
  }
}
