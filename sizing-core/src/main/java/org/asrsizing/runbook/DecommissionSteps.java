package org.asrsizing.runbook;

import java.util.List;

/**
 * Taking a server out of service: a process server by the seed document's decommissioning (its
 * machines moved first, the uninstall order, the purge of a disconnected one); a configuration
 * server by deleting it from the vault once nothing depends on it.
 */
final class DecommissionSteps {

  private DecommissionSteps() {}

  static Step decommission(ServerContext c) {
    return c.isConfigurationServer() ? configurationServer(c) : processServer(c);
  }

  private static Step configurationServer(ServerContext c) {
    return Step.of(
        "decommission",
        "Decommission " + c.id() + " only after all its process servers.",
        List.of(
            "Disable protection of every machine it manages, disassociate and delete its"
                + " replication policies and remove its vCenter servers and vSphere hosts.",
            "Then in the vault open Site Recovery Infrastructure > Configuration Servers > "
                + c.id()
                + " and select Delete."),
        Sources.MANAGE_CS);
  }

  private static Step processServer(ServerContext c) {
    String id = c.id();
    String ip = c.psIp();
    return Step.of(
        "decommission",
        "Decommission " + id + ".",
        List.of(
            "Preconditions: " + c.parent() + " is Connected and " + id + " can reach it.",
            "First move its machines to other process servers (Load balance or Switch in the"
                + " portal) and wait until the portal shows none on it.",
            ServerSteps.uninstall(id),
            ServerSteps.REMOVAL_WAIT,
            ServerSteps.purge(id, c.parent(), ip)),
        ServerSteps.uninstallSource(),
        new Command(
            ServerPaths.UNREGISTER_FOLDER,
            List.of("perl", "Unregister-ASRComponent.pl", "-IPAddress", ip, "-Component", "PS")));
  }
}
