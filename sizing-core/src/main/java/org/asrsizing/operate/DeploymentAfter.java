package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asrsizing.model.Machine;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Unplaced;

/** The deployment after a change, to start the next run from: retired servers left out. */
final class DeploymentAfter {

  private DeploymentAfter() {}

  static SavedDeployment of(Outcome o) {
    List<SavedDeployment.Server> cs = new ArrayList<>();
    List<SavedDeployment.Server> ps = new ArrayList<>();
    List<ServerOutcome> kept = new ArrayList<>();
    for (ServerOutcome s : o.servers()) {
      // A drained process server is retired; a drained configuration server stays and manages.
      if (s.change() != ServerChange.DRAINED
          || !s.carried().isEmpty()
          || s.role() == ServerRole.CONFIGURATION_SERVER) {
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparing(ServerOutcome::id));
    for (ServerOutcome s : kept) {
      (s.role() == ServerRole.PROCESS_SERVER ? ps : cs).add(saved(s));
    }
    if (o.failureTolerance() != null) {
      for (ServerReport s : o.failureTolerance().spares()) {
        (s.role() == ServerRole.PROCESS_SERVER ? ps : cs).add(spare(s));
      }
    }
    List<Unplaced> unplaced = List.of();
    if (!o.unplaced().isEmpty()) {
      // Only then: the set holds the name of every machine of the deployment.
      Set<String> onAServer = new HashSet<>();
      kept.forEach(s -> s.carried().forEach(c -> onAServer.add(c.machine().name())));
      unplaced = o.unplaced().stream().filter(u -> !onAServer.contains(u.machine())).toList();
    }
    OperateAssumptions a = o.assumptions();
    return new SavedDeployment(
        a.catalogId(),
        new SavedDeployment.Assumed(
            a.catalogId(), a.headroomPercent(), a.configurationServerMachineLimit()),
        cs,
        ps,
        unplaced);
  }

  private static SavedDeployment.Server saved(ServerOutcome o) {
    List<Machine> machines = new ArrayList<>();
    o.carried().forEach(c -> machines.add(c.machine()));
    machines.sort(Comparator.comparing(Machine::name));
    ResolvedServer s = o.server();
    boolean retired = o.change() == ServerChange.DRAINED && o.carried().isEmpty();
    return new SavedDeployment.Server(
        o.id(),
        s.server().role(),
        o.site(),
        s.server().configurationServer(),
        s.tierName(),
        s.vcpus(),
        s.memoryGiB(),
        s.cacheDiskGiB(),
        s.carries() && !retired,
        o.change() == ServerChange.SPARE ? SparePlans.SPARE : null,
        machines.stream().map(Machine::name).toList(),
        machines.stream().map(Machine::churnGiBPerDay).toList());
  }

  /** A spare the failure check added, empty. */
  private static SavedDeployment.Server spare(ServerReport s) {
    return new SavedDeployment.Server(
        s.id(),
        s.role(),
        s.site(),
        s.configurationServer(),
        s.tier(),
        s.vcpus(),
        s.memoryGiB(),
        s.cacheDiskGiB(),
        true,
        SparePlans.SPARE,
        List.of(),
        List.of());
  }
}
