package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.ServerRole;
import org.asrsizing.runbook.RunbookText;

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

  /** The step that installs an added server. */
  private static String install(ServerOutcome n) {
    ResolvedServer s = n.server();
    if (s.server().role() == ServerRole.PROCESS_SERVER) {
      return "Install "
          + n.id()
          + " ("
          + hardware(s)
          + ") as a scale-out process server registered to "
          + s.server().configurationServer()
          + " (UnifiedSetup.exe /ServerMode PS), at the same or a lower version than it.";
    } else if (s.server().role() == ServerRole.APPLIANCE) {
      return "Deploy replication appliance "
          + n.id()
          + " ("
          + hardware(s)
          + ") and register it with the vault.";
    }
    return "Deploy configuration server "
        + n.id()
        + " ("
        + hardware(s)
        + ")"
        + (s.carries()
            ? ", whose built-in process server replicates its machines."
            : ", before its process servers.");
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
        steps.add("On " + id + ", uninstall " + RunbookText.UNINSTALL_PROGRAMS + ".");
        steps.add(
            "If "
                + id
                + " is disconnected and cannot be revived, unregister it on its configuration"
                + " server instead: in %ProgramData%\\ASR\\home\\svsystems\\bin run perl"
                + " Unregister-ASRComponent.pl -IPAddress <IP of "
                + id
                + "> -Component PS.");
        steps.add("The removal takes up to 15 minutes to show in the portal.");
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

  /** "tier: 8 vCPU, 12 GiB memory, 600 GiB cache disk". */
  static String hardware(ResolvedServer s) {
    return s.tierName()
        + ": "
        + s.vcpus()
        + " vCPU, "
        + s.memoryGiB()
        + " GiB memory, "
        + s.cacheDiskGiB()
        + " GiB cache disk";
  }
}
