package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.runbook.ServerSteps;

/** The order in which a drain is carried out, from the documented procedures. */
final class DrainSteps {

  private DrainSteps() {}

  static List<String> of(Outcome o, List<PortalOperation> operations) {
    List<String> steps = new ArrayList<>();
    for (ServerOutcome n : o.added()) {
      steps.add(install(n));
    }
    portalSteps(steps, operations, o.appliances());
    for (String id : o.drained()) {
      retire(steps, o.server(id));
    }
    return steps;
  }

  /** The step that installs an added server, in the runbook's wording. */
  private static String install(ServerOutcome n) {
    return ServerSteps.installCited(view(n.server()));
  }

  /** The steps in the portal: the moves, then enabling replication of new machines. */
  private static void portalSteps(
      List<String> steps, List<PortalOperation> operations, boolean appliances) {
    long moving =
        operations.stream()
            .filter(o -> !o.operation().equals(PortalOperation.ENABLE_REPLICATION))
            .count();
    if (moving > 0) {
      steps.add(
          "Carry out the "
              + moving
              + (appliances ? " move(s)" : " Load balance or Switch operation(s)")
              + " listed under Portal operations"
              + (appliances
                  ? ", moving each machine to the appliance named"
                  : " (vault > Site Recovery Infrastructure > Configuration Servers > the"
                      + " configuration server > the process server); each takes about 15"
                      + " minutes to show, or refresh the configuration server")
              + ".");
    }
    long enabling = operations.size() - moving;
    if (enabling > 0) {
      steps.add(
          "Enable replication of the new machines, choosing the process server each Enable"
              + " replication operation names.");
    }
  }

  /** The steps that retire a drained server, or say why it cannot be retired yet. */
  private static void retire(List<String> steps, ServerOutcome n) {
    String id = n.id();
    List<String> staying = n.carried().stream().map(c -> c.machine().name()).sorted().toList();
    if (!staying.isEmpty()) {
      steps.add(
          id
              + " cannot be retired yet: it still replicates "
              + OperateText.names(staying)
              + ", which no server can take within the limits; reduce their churn or protect"
              + " them another way first.");
      return;
    }
    steps.add("Wait until the portal shows no machine on " + id + ".");
    switch (n.role()) {
      case PROCESS_SERVER -> {
        String source = ServerSteps.uninstallSource();
        steps.add(ServerSteps.cited(ServerSteps.uninstall(id), source));
        steps.add(
            ServerSteps.cited(
                ServerSteps.purge(
                    id, n.server().server().configurationServer(), "<IP of " + id + ">"),
                source));
        steps.add(ServerSteps.REMOVAL_WAIT);
      }
      case CONFIGURATION_SERVER ->
          steps.add(
              id
                  + " stays: it keeps managing its process servers, and its built-in process"
                  + " server carries no machines.");
      case APPLIANCE ->
          steps.add(
              "Retire appliance "
                  + id
                  + " as the replication appliance documentation describes; this tool gives the"
                  + " uninstall order of classic process servers only.");
    }
  }

  /** "tier: 8 vCPU, 12 GiB memory, 600 GiB cache disk", in the runbook's wording. */
  static String hardware(ResolvedServer s) {
    return ServerSteps.hardware(view(s));
  }

  /** The server as the runbook sees it: its resolved tier and hardware. */
  private static DeployedServer view(ResolvedServer r) {
    DeployedServer s = r.server();
    return new DeployedServer(
        s.id(),
        s.role(),
        s.site(),
        s.configurationServer(),
        r.tierName(),
        r.vcpus(),
        r.memoryGiB(),
        r.cacheDiskGiB(),
        r.carries(),
        List.of());
  }
}
