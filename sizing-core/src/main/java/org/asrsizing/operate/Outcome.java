package org.asrsizing.operate;

import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Unplaced;

/**
 * What a run worked out, fixed once the phases are done: every report of a {@link Rebalance} is
 * written from it alone.
 *
 * @param mode the command answered
 * @param servers every server, deployed ones by id, then added ones in the order they were added
 * @param managedLoads the machines each configuration server manages, before and after
 * @param machines the machines of the deployment, new ones included
 * @param newMachines machines that replicated nowhere before the change
 * @param lowerBoundMoves the fewest machines any change moves
 * @param unplaced machines no server can protect, with the reason
 * @param findings what reading the deployment noticed, then what the run found
 * @param failureTolerance the check of one server failing, or {@code null} when not asked for
 * @param drained the servers to drain, by id
 * @param appliances whether the servers are replication appliances (no scale-out process servers)
 * @param assumptions what was assumed
 */
record Outcome(
    OperateMode mode,
    List<ServerOutcome> servers,
    List<ManagedLoad> managedLoads,
    int machines,
    int newMachines,
    int lowerBoundMoves,
    List<Unplaced> unplaced,
    List<Finding> findings,
    FailureTolerance failureTolerance,
    List<String> drained,
    boolean appliances,
    OperateAssumptions assumptions) {

  Outcome {
    servers = List.copyOf(servers);
    managedLoads = List.copyOf(managedLoads);
    unplaced = List.copyOf(unplaced);
    findings = List.copyOf(findings);
    drained = List.copyOf(drained);
  }

  /** The servers added for the load, in the order they were added. */
  List<ServerOutcome> added() {
    return servers.stream().filter(s -> s.change() == ServerChange.ADDED).toList();
  }

  /** The server {@code id}. */
  ServerOutcome server(String id) {
    return servers.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * A machine on a server after the change.
   *
   * @param machine the machine
   * @param from the server it replicates through now, or {@code null} for a new machine
   */
  record Carried(Machine machine, String from) {}

  /**
   * The machines a configuration server manages.
   *
   * @param configurationServer its id
   * @param limit the machines it may manage, headroom applied
   * @param before machines it manages now
   * @param after machines it manages after the change
   */
  record ManagedLoad(String configurationServer, int limit, int before, int after) {}
}
