package org.asrsizing.runbook;

import java.util.List;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Units;

/**
 * The one wording of installing and retiring a server, for every command that tells an operator to
 * do so: the runbook's steps, the drain and rebalance steps and the plan's next steps all take
 * their sentences from here, so that a change of wording or source happens once.
 */
public final class ServerSteps {

  /** Where a replication appliance's deployment is described. */
  public static final String APPLIANCE_SOURCE =
      "articles/site-recovery/replication-appliance-support-matrix.md";

  /** How long a removed process server takes to leave the portal. */
  public static final String REMOVAL_WAIT =
      "The removal takes up to 15 minutes to show in the portal.";

  private ServerSteps() {}

  /** "tier: 8 vCPU, 12 GiB memory, 600 GiB cache disk", or without the tier when none is known. */
  public static String hardware(DeployedServer s) {
    return (s.tier() == null ? "" : s.tier() + ": ")
        + s.vcpus()
        + " vCPU, "
        + s.memoryGiB()
        + " GiB memory, "
        + s.cacheDiskGiB()
        + " GiB cache disk";
  }

  /** The most ids a line for servers installed alike names before counting the rest. */
  static final int NAMED = 5;

  /** The one line that says how {@code s} is installed, without its source. */
  public static String install(DeployedServer s) {
    return install(s, null);
  }

  /**
   * The line of {@link #install} for servers whose lines differ only in their id (same role,
   * hardware and configuration server), as one line with their count and ids, so that a large
   * fleet's list says each kind of install once.
   */
  public static String install(List<DeployedServer> alike) {
    if (alike.size() == 1) {
      return install(alike.get(0));
    }
    DeployedServer s = alike.get(0);
    String noun =
        switch (s.role()) {
          case PROCESS_SERVER -> " process servers ";
          case CONFIGURATION_SERVER -> " configuration servers ";
          case APPLIANCE -> " replication appliances ";
        };
    List<String> ids = alike.stream().map(DeployedServer::id).toList();
    return install(s, alike.size() + noun + Units.names(ids, NAMED) + ", each");
  }

  /**
   * {@link #install} without the server's id: servers with the same kind of install are installed
   * alike and share one line of {@link #install(List)}.
   */
  public static String installKind(DeployedServer s) {
    return install(s, "");
  }

  /** {@link #install(List)} with its source. */
  public static String installCited(List<DeployedServer> alike) {
    return cited(install(alike), installSource(alike.get(0)));
  }

  /** The install line of {@code s}, naming {@code servers} instead of its id when not null. */
  private static String install(DeployedServer s, String servers) {
    String hw = " (" + hardware(s) + ")";
    String id = servers == null ? s.id() : servers;
    return switch (s.role()) {
      case PROCESS_SERVER -> {
        String cs =
            s.configurationServer() == null ? "its configuration server" : s.configurationServer();
        yield "Install "
            + id
            + hw
            + " as a scale-out process server registered to "
            + cs
            + ", at the same or a lower version than "
            + cs
            + " (UNIFIEDSETUP.EXE /ServerMode PS).";
      }
      case CONFIGURATION_SERVER ->
          "Install "
              + id
              + hw
              + " as a configuration server"
              + (s.replicates()
                  ? ", whose built-in process server replicates its machines"
                  : ", before its process servers")
              + " (UNIFIEDSETUP.EXE /ServerMode CS).";
      case APPLIANCE ->
          "Deploy "
              + (servers == null ? "replication appliance " + id : id)
              + hw
              + " and register it with the vault, as the replication appliance documentation"
              + " describes; the runbook covers classic configuration and process servers only.";
    };
  }

  /** The document {@link #install} comes from, a path in {@link Sources#REPOSITORY}. */
  public static String installSource(DeployedServer s) {
    return s.role() == ServerRole.APPLIANCE ? APPLIANCE_SOURCE : Sources.PARAMETERS;
  }

  /** {@link #install} with its source, for reports that list steps as plain lines. */
  public static String installCited(DeployedServer s) {
    return cited(install(s), installSource(s));
  }

  /** Uninstalling process server {@code id}, in the seed document's order. */
  public static String uninstall(String id) {
    return "On "
        + id
        + ", in Control Panel > Programs > Uninstall a program, uninstall in this order: "
        + RunbookText.UNINSTALL_PROGRAMS
        + ".";
  }

  /** The document {@link #uninstall}, {@link #purge} and {@link #REMOVAL_WAIT} come from. */
  public static String uninstallSource() {
    return Sources.SCALE_OUT_2017;
  }

  /**
   * Purging process server {@code id} from configuration server {@code cs} when it is disconnected;
   * {@code ip} is its address, or a placeholder.
   */
  public static String purge(String id, String cs, String ip) {
    return "If "
        + id
        + " is disconnected and cannot be revived, purge it on "
        + (cs == null ? "its configuration server" : cs)
        + " instead: in "
        + ServerPaths.UNREGISTER_FOLDER
        + " run perl Unregister-ASRComponent.pl -IPAddress "
        + ip
        + " -Component PS.";
  }

  /** {@code sentence} followed by the document it comes from. */
  public static String cited(String sentence, String source) {
    return sentence + " Source: " + Sources.REPOSITORY + " " + source + ".";
  }
}
