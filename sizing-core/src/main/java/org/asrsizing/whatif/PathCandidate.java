package org.asrsizing.whatif;

import java.util.List;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.ServerReport;

/**
 * One way to carry a month of a growth path: the servers bought by then, some perhaps resized, and
 * the change the operate engine works out from them.
 *
 * @param start the deployment the change starts from, resizes applied
 * @param resizes the servers resized to a larger tier before the change, in the order chosen
 * @param change the moves, placements and added servers that bring every server within its limits
 * @param applied the resizes this candidate added to the one it was made from, to combine them
 */
record PathCandidate(
    CurrentDeployment start,
    List<ServerResize> resizes,
    Rebalance change,
    List<GrowthPath.Resize> applied) {

  PathCandidate {
    resizes = List.copyOf(resizes);
    applied = List.copyOf(applied);
  }

  /** The last resize this candidate added. */
  GrowthPath.Resize lastResize() {
    return applied.get(applied.size() - 1);
  }

  int unplaced() {
    return change.unplaced().size();
  }

  int serversAdded() {
    return change.summary().serversAdded();
  }

  /** Machines configuration servers give up when they stop replicating at scale-out. */
  int machinesGivenUp() {
    return resizes.stream().mapToInt(ServerResize::machinesMoved).sum();
  }

  int moves() {
    return change.summary().moves();
  }

  int vcpus() {
    return servers().stream().mapToInt(ServerReport::vcpus).sum();
  }

  long memoryGiB() {
    return servers().stream().mapToLong(ServerReport::memoryGiB).sum();
  }

  long cacheDiskGiB() {
    return servers().stream().mapToLong(ServerReport::cacheDiskGiB).sum();
  }

  /** The servers after the change, without those it retires. */
  List<ServerReport> servers() {
    return change.servers().stream().filter(s -> !isRetired(s)).toList();
  }

  /** The servers the change drains and retires (only with retirement allowed). */
  List<ServerReport> retired() {
    return change.servers().stream().filter(PathCandidate::isRetired).toList();
  }

  List<String> retiredIds() {
    return retired().stream().map(ServerReport::id).toList();
  }

  private static boolean isRetired(ServerReport s) {
    return "drained".equals(s.change())
        && s.machinesAfter() == 0
        && s.role() != org.asrsizing.model.ServerRole.CONFIGURATION_SERVER;
  }
}
