package org.asrsizing.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;

/**
 * Writes the runbook of a deployment: a plain function of the deployment and the details. Each
 * phase's steps come from its own builder (prerequisites, download, install, proxy, register,
 * verify, upgrade, decommission); this class orders the servers and puts the phases together.
 */
public final class Runbooks {

  /** What the proxy settings file holds in place of a password not given. */
  public static final String PASSWORD_PLACEHOLDER = ProxySteps.PASSWORD_PLACEHOLDER;

  private Runbooks() {}

  /** The runbook of {@code d}; {@code details} by server id, missing servers all placeholders. */
  public static Runbook of(
      CurrentDeployment d, Map<String, ServerDetails> details, RunbookOptions options) {
    List<DeployedServer> ordered = order(d.servers(), options.hubSite());
    Map<String, ServerDetails> byId = new LinkedHashMap<>();
    for (DeployedServer s : ordered) {
      byId.put(s.id(), details.getOrDefault(s.id(), ServerDetails.none(s.id())));
    }
    List<RunbookServer> servers = new ArrayList<>();
    List<Placeholder> all = new ArrayList<>();
    for (DeployedServer s : ordered) {
      RunbookServer r =
          server(new ServerContext(s, byId.get(s.id()), byId, options, new Values(s.id())));
      servers.add(r);
      all.addAll(r.placeholders());
    }
    return new Runbook(
        Runbook.SCHEMA_VERSION,
        servers,
        ordered.stream().map(DeployedServer::id).toList(),
        choices(options),
        UpgradeSteps.versionFindings(ordered, byId),
        all);
  }

  /**
   * Configuration servers (and appliances), each followed by its process servers; with a hub, the
   * hub's servers before the branches' (a branch's process servers register to the hub's
   * configuration servers, and the hub is built first), then by site and id.
   */
  static List<DeployedServer> order(List<DeployedServer> servers, String hubSite) {
    Comparator<DeployedServer> bySite =
        Comparator.comparing((DeployedServer s) -> !s.site().equals(hubSite))
            .thenComparing(DeployedServer::site)
            .thenComparing(DeployedServer::id);
    List<DeployedServer> heads =
        servers.stream().filter(s -> s.role() != ServerRole.PROCESS_SERVER).sorted(bySite).toList();
    List<DeployedServer> out = new ArrayList<>();
    for (DeployedServer h : heads) {
      out.add(h);
      servers.stream()
          .filter(s -> s.role() == ServerRole.PROCESS_SERVER)
          .filter(s -> h.id().equals(s.configurationServer()))
          .sorted(bySite)
          .forEach(out::add);
    }
    servers.stream().filter(s -> !out.contains(s)).sorted(bySite).forEach(out::add);
    return out;
  }

  static List<Choice> choices(RunbookOptions o) {
    return List.of(
        new Choice(
            "data transfer port",
            String.valueOf(o.dataTransferPort()),
            o.dataTransferPort() == 9433 ? "9443" : "9433",
            "the parameter table gives a default of 9433, every network table of the process"
                + " server gives 9443; 9443 is taken as the documented port and 9433 as a typo",
            Sources.PARAMETERS),
        new Choice(
            "install folder parameter",
            o.installDrive() ? "/InstallDrive" : "/InstallLocation",
            o.installDrive() ? "/InstallLocation" : "/InstallDrive",
            "the parameter table names /InstallLocation, the older syntax line /InstallDrive",
            Sources.PARAMETERS));
  }

  /** Compares dotted versions part by part as numbers; missing parts are 0. */
  public static int compareVersions(String a, String b) {
    return UpgradeSteps.compareVersions(a, b);
  }

  private static RunbookServer server(ServerContext c) {
    DeployedServer s = c.server();
    List<Step> steps = new ArrayList<>();
    steps.add(PrerequisiteSteps.hardware(c));
    if (s.role() == ServerRole.APPLIANCE) {
      steps.add(
          Step.of("install", ServerSteps.install(s), List.of(), ServerSteps.installSource(s)));
      return new RunbookServer(
          s.id(), s.role(), s.site(), null, s.tier(), steps, c.values().placeholders());
    }
    boolean cs = c.isConfigurationServer();
    steps.add(PrerequisiteSteps.requirements(c));
    steps.add(DownloadSteps.download(c));
    steps.add(DownloadSteps.extract(c));
    steps.add(InstallSteps.credentials(c));
    if (c.details().proxy() != null) {
      steps.add(ProxySteps.settingsFile(c));
    }
    steps.add(InstallSteps.install(c));
    if (!cs) {
      steps.add(RegisterSteps.register(c));
      if (c.details().proxy() != null) {
        steps.add(ProxySteps.change(c));
      }
    }
    steps.add(VerifySteps.verify(c));
    steps.add(UpgradeSteps.upgrade(c));
    steps.add(DecommissionSteps.decommission(c));
    return new RunbookServer(
        s.id(),
        s.role(),
        s.site(),
        cs ? null : s.configurationServer(),
        s.tier(),
        steps,
        c.values().placeholders());
  }
}
