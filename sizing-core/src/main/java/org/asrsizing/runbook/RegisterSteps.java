package org.asrsizing.runbook;

import java.util.List;

/** Re-registering a process server with its configuration server. */
final class RegisterSteps {

  private RegisterSteps() {}

  static Step register(ServerContext c) {
    return Step.of(
        "register",
        "Re-register "
            + c.id()
            + " with "
            + c.parent()
            + " when its configuration server or proxy changes.",
        List.of("The unattended install registers it; these commands re-register it."),
        Sources.MANAGE_PS,
        registration().toArray(Command[]::new));
  }

  /** cdpcli.exe --registermt in the agent folder, then obengine restarted. */
  static List<Command> registration() {
    return List.of(
        new Command(ServerPaths.AGENT_FOLDER, List.of("cdpcli.exe", "--registermt")),
        new Command(null, List.of("net", "stop", "obengine")),
        new Command(null, List.of("net", "start", "obengine")));
  }
}
