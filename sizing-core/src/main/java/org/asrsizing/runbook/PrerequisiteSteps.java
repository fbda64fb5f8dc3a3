package org.asrsizing.runbook;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;

/** Before anything is installed: the tier's hardware, the version rule, the OS and network. */
final class PrerequisiteSteps {

  private PrerequisiteSteps() {}

  /** The hardware of its tier and the version it gets. */
  static Step hardware(ServerContext c) {
    DeployedServer s = c.server();
    List<String> notes = new ArrayList<>();
    notes.add(
        (s.tier() == null ? "Hardware: " : "Hardware of tier ") + ServerSteps.hardware(s) + ".");
    String version = c.values().get("version", c.details().version());
    if (s.role() == ServerRole.PROCESS_SERVER) {
      ServerDetails cs = c.parentDetails();
      String csVersion =
          cs == null || cs.version() == null ? "the version of " + c.parent() : cs.version();
      notes.add(RunbookText.versionRule(s.id(), version, c.parent(), csVersion));
    } else {
      notes.add("Version: " + version + ".");
    }
    return Step.of(
        "prerequisites",
        "Prepare " + s.id() + " (" + c.hostName() + ").",
        notes,
        Sources.SCALE_OUT);
  }

  /** The software and network requirements, as the requirements table of the set-up gives them. */
  static Step requirements(ServerContext c) {
    return Step.of(
        "requirements",
        "Check the software and network requirements of " + c.id() + ".",
        List.of(
            RunbookText.OPERATING_SYSTEM,
            RunbookText.network(c.dataTransferPort()),
            RunbookText.INTERNET_ACCESS),
        Sources.REQUIREMENTS);
  }
}
