package org.asrsizing.bench.peers;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Comparator;

/**
 * A source machine and the server slot it is placed on: the "process" of cloud balancing. Its
 * difficulty is its churn, so that the construction heuristic places the largest machines first
 * (first fit decreasing), as the cloud-balancing quickstart does.
 */
@PlanningEntity(comparatorClass = MachineAssignment.ByChurn.class)
public class MachineAssignment {

  /** Easier (smaller) machines first; the solver reverses it for "decreasing". */
  public static final class ByChurn implements Comparator<MachineAssignment> {
    @Override
    public int compare(MachineAssignment a, MachineAssignment b) {
      int c = Long.compare(a.churnMilli, b.churnMilli);
      return c != 0 ? c : Integer.compare(a.id, b.id);
    }
  }

  @PlanningId private int id;
  private long churnMilli;

  @PlanningVariable private ServerSlot server;

  /** For the solver's cloning. */
  public MachineAssignment() {}

  public MachineAssignment(int id, long churnMilli) {
    this.id = id;
    this.churnMilli = churnMilli;
  }

  public int getId() {
    return id;
  }

  public long getChurnMilli() {
    return churnMilli;
  }

  public ServerSlot getServer() {
    return server;
  }

  public void setServer(ServerSlot server) {
    this.server = server;
  }
}
