package org.asrsizing.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Finding;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.operate.CurrentDeployment;
import org.asrsizing.operate.DeployedServer;

/** Writes the runbook of a deployment: a plain function of the deployment and the details. */
public final class Runbooks {

  /** The rule name of the version check's findings. */
  public static final String VERSION_RULE = "runbook-version";

  static final String EXTRACT_FOLDER = "C:\\Temp\\Extracted";
  static final String PASSPHRASE_FILE = "C:\\Temp\\passphrase.txt";
  static final String MYSQL_FILE = "C:\\Temp\\MySQLCredentialsfile.txt";
  static final String VAULT_FILE = "C:\\Temp\\vault.VaultCredentials";
  static final String PROXY_FILE = "C:\\Temp\\ProxySettingsConfiguration.ini";
  static final String AGENT_FOLDER = "%PROGRAMDATA%\\ASR\\Agent";
  static final String UNREGISTER_FOLDER = "%ProgramData%\\ASR\\home\\svsystems\\bin";

  /** What the proxy settings file holds in place of a password not given. */
  public static final String PASSWORD_PLACEHOLDER = "<proxy password: never written here>";

  private Runbooks() {}

  /** The runbook of {@code d}; {@code details} by server id, missing servers all placeholders. */
  public static Runbook of(
      CurrentDeployment d, Map<String, ServerDetails> details, RunbookOptions options) {
    List<DeployedServer> ordered = order(d.servers());
    Map<String, ServerDetails> byId = new LinkedHashMap<>();
    for (DeployedServer s : ordered) {
      byId.put(s.id(), details.getOrDefault(s.id(), ServerDetails.none(s.id())));
    }
    List<RunbookServer> servers = new ArrayList<>();
    List<Placeholder> all = new ArrayList<>();
    for (DeployedServer s : ordered) {
      RunbookServer r = server(s, byId, options);
      servers.add(r);
      all.addAll(r.placeholders());
    }
    return new Runbook(
        Runbook.SCHEMA_VERSION,
        servers,
        ordered.stream().map(DeployedServer::id).toList(),
        choices(options),
        versionFindings(ordered, byId),
        all);
  }

  /** Configuration servers (and appliances) by id, each followed by its process servers by id. */
  static List<DeployedServer> order(List<DeployedServer> servers) {
    List<DeployedServer> heads =
        servers.stream()
            .filter(s -> s.role() != ServerRole.PROCESS_SERVER)
            .sorted(Comparator.comparing(DeployedServer::id))
            .toList();
    List<DeployedServer> out = new ArrayList<>();
    for (DeployedServer h : heads) {
      out.add(h);
      servers.stream()
          .filter(s -> s.role() == ServerRole.PROCESS_SERVER)
          .filter(s -> h.id().equals(s.configurationServer()))
          .sorted(Comparator.comparing(DeployedServer::id))
          .forEach(out::add);
    }
    servers.stream()
        .filter(s -> !out.contains(s))
        .sorted(Comparator.comparing(DeployedServer::id))
        .forEach(out::add);
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

  /** A process server newer than its configuration server is an error naming both. */
  static List<Finding> versionFindings(
      List<DeployedServer> ordered, Map<String, ServerDetails> byId) {
    List<Finding> out = new ArrayList<>();
    for (DeployedServer s : ordered) {
      if (s.role() != ServerRole.PROCESS_SERVER || s.configurationServer() == null) {
        continue;
      }
      ServerDetails ps = byId.get(s.id());
      ServerDetails cs = byId.get(s.configurationServer());
      if (ps == null || cs == null || ps.version() == null || cs.version() == null) {
        continue;
      }
      int c = compareVersions(ps.version(), cs.version());
      if (c > 0) {
        out.add(
            new Finding(
                VERSION_RULE,
                Severity.ERROR,
                RunbookText.newerThanConfigurationServer(
                    s.id(), ps.version(), cs.id(), cs.version()),
                Sources.MANAGE_PS));
      } else if (c < 0) {
        out.add(
            new Finding(
                VERSION_RULE,
                Severity.INFO,
                RunbookText.olderThanConfigurationServer(
                    s.id(), ps.version(), cs.id(), cs.version()),
                Sources.MANAGE_PS));
      }
    }
    return out;
  }

  /** Compares dotted versions part by part as numbers; missing parts are 0. */
  public static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static RunbookServer server(
      DeployedServer s, Map<String, ServerDetails> byId, RunbookOptions o) {
    ServerDetails d = byId.get(s.id());
    Values v = new Values(s.id());
    List<Step> steps = new ArrayList<>();
    if (s.role() == ServerRole.APPLIANCE) {
      steps.add(prerequisites(s, d, byId, v));
      steps.add(
          Step.of(
              "install",
              RunbookText.applianceNotCovered(s.id()),
              List.of(),
              "articles/site-recovery/replication-appliance-support-matrix.md"));
      return new RunbookServer(s.id(), s.role(), null, s.tier(), steps, v.placeholders);
    }
    boolean cs = s.role() == ServerRole.CONFIGURATION_SERVER;
    steps.add(prerequisites(s, d, byId, v));
    steps.add(download(s, cs));
    steps.add(
        Step.of(
            "extract",
            "Extract the installer on " + v.get("hostName", d.hostName()) + ".",
            List.of("Run in the folder the installer was downloaded to."),
            Sources.SCALE_OUT,
            new Command(
                null,
                List.of(
                    "MicrosoftAzureSiteRecoveryUnifiedSetup.exe", "/q", "/x:" + EXTRACT_FOLDER))));
    steps.add(credentials(cs));
    if (d.proxy() != null) {
      steps.add(proxyFile(s.id(), d.proxy(), v, o));
    }
    steps.add(install(s, d, byId, v, o, cs));
    if (!cs) {
      steps.add(register(s));
    }
    steps.add(verify(s, cs));
    steps.add(upgrade(s, cs));
    steps.add(decommission(s, byId, v, cs));
    return new RunbookServer(
        s.id(), s.role(), cs ? null : s.configurationServer(), s.tier(), steps, v.placeholders);
  }

  private static Step prerequisites(
      DeployedServer s, ServerDetails d, Map<String, ServerDetails> byId, Values v) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Hardware of tier "
            + s.tier()
            + ": "
            + s.vcpus()
            + " vCPU, "
            + s.memoryGiB()
            + " GiB memory, "
            + s.cacheDiskGiB()
            + " GiB cache disk.");
    notes.add(
        "Windows Server 2012 R2 or later with outbound HTTPS (443) to Azure and the data port"
            + " open from the source machines, as the set-up article's prerequisites list.");
    if (s.role() == ServerRole.PROCESS_SERVER) {
      ServerDetails cs = byId.get(s.configurationServer());
      String csVersion =
          cs == null || cs.version() == null
              ? "the version of " + s.configurationServer()
              : cs.version();
      notes.add(
          "Version: "
              + v.get("version", d.version())
              + ", equal to or lower than "
              + s.configurationServer()
              + "'s ("
              + csVersion
              + "); best use the same installer bits.");
    } else {
      notes.add("Version: " + v.get("version", d.version()) + ".");
    }
    return Step.of(
        "prerequisites",
        "Prepare " + s.id() + " (" + v.get("hostName", d.hostName()) + ").",
        notes,
        Sources.SCALE_OUT);
  }

  private static Step download(DeployedServer s, boolean cs) {
    String path =
        cs
            ? "vault > Site Recovery Infrastructure > Configuration Servers > + Configuration"
                + " Server, then download the unified setup and the vault registration key"
            : "vault > Site Recovery Infrastructure > Configuration Servers > "
                + s.configurationServer()
                + " > + Process Server > Deploy a Scale-out Process Server on-premises > Download"
                + " the unified setup";
    return Step.of(
        "download",
        "Download the unified setup in the portal: " + path + ".",
        List.of("Use the same installer bits as the configuration server's version."),
        Sources.SCALE_OUT);
  }

  private static Step credentials(boolean cs) {
    List<String> notes = new ArrayList<>();
    notes.add("Create " + PASSPHRASE_FILE + " holding the configuration server's passphrase.");
    if (cs) {
      notes.add(
          "Create "
              + MYSQL_FILE
              + " ([MySQLCredentials] with MySQLRootPassword and MySQLUserPassword) and save the"
              + " vault registration key as "
              + VAULT_FILE
              + ".");
    }
    notes.add("These files hold secrets: delete them after the installation.");
    return Step.of(
        "credentials",
        "Create the credential files the installer reads.",
        notes,
        Sources.PARAMETERS);
  }

  private static Step proxyFile(String id, Proxy p, Values v, RunbookOptions o) {
    boolean auth = p.authenticate() != null && p.authenticate();
    StringBuilder b = new StringBuilder();
    b.append("[ProxySettings]\r\n");
    b.append("ProxyAuthentication = \"")
        .append(p.authenticate() == null ? v.get("proxy.authenticate", null) : auth ? "Yes" : "No")
        .append("\"\r\n");
    b.append("Proxy IP = \"").append(v.get("proxy.address", p.address())).append("\"\r\n");
    b.append("ProxyPort = \"")
        .append(v.get("proxy.port", p.port() == null ? null : String.valueOf(p.port())))
        .append("\"\r\n");
    if (auth || p.authenticate() == null) {
      b.append("ProxyUserName = \"").append(v.get("proxy.userName", p.userName())).append("\"\r\n");
      b.append("ProxyPassword = \"").append(PASSWORD_PLACEHOLDER).append("\"\r\n");
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        o.proxyPasswordGiven()
            ? "Copy the proxy settings file written for "
                + id
                + " (it holds the password; it was created readable by its owner only) to "
                + PROXY_FILE
                + "."
            : "Create "
                + PROXY_FILE
                + " with this content and type the proxy password in place of its placeholder.");
    notes.add("Delete it after the installation: it holds a secret.");
    return new Step(
        "proxy",
        "Write the proxy settings file.",
        notes,
        List.of(),
        PROXY_FILE,
        b.toString(),
        Sources.PARAMETERS);
  }

  private static Step install(
      DeployedServer s,
      ServerDetails d,
      Map<String, ServerDetails> byId,
      Values v,
      RunbookOptions o,
      boolean cs) {
    ServerDetails parent = cs ? d : byId.get(s.configurationServer());
    String csIp = d.csIp() != null ? d.csIp() : !cs && parent != null ? parent.csIp() : null;
    List<String> args = new ArrayList<>();
    args.add("UNIFIEDSETUP.EXE");
    args.add("/AcceptThirdpartyEULA");
    args.add("/ServerMode");
    args.add(cs ? "CS" : "PS");
    args.add(o.installDrive() ? "/InstallDrive" : "/InstallLocation");
    args.add(
        d.installLocation() == null
            ? v.get("installLocation", null)
            : Quoting.path(d.installLocation()));
    if (cs) {
      args.add("/MySQLCredsFilePath");
      args.add(MYSQL_FILE);
      args.add("/VaultCredsFilePath");
      args.add(VAULT_FILE);
    }
    args.add("/EnvType");
    args.add(v.get("envType", d.envType() == null ? null : d.envType().text()));
    args.add("/PSIP");
    args.add(v.get("psIp", d.psIp()));
    args.add("/CSIP");
    args.add(v.get("csIp", csIp));
    args.add("/PassphraseFilePath");
    args.add(PASSPHRASE_FILE);
    args.add("/DataTransferSecurePort");
    args.add(
        String.valueOf(d.dataTransferPort() == null ? o.dataTransferPort() : d.dataTransferPort()));
    if (d.proxy() != null) {
      args.add("/ProxySettingsFilePath");
      args.add(PROXY_FILE);
    } else {
      args.add("/BypassProxy");
    }
    List<String> notes = new ArrayList<>();
    notes.add("Run in an elevated command prompt.");
    notes.add(
        "Alternatively run UnifiedSetup.exe without parameters and follow the wizard with the"
            + " same values.");
    return Step.of(
        "install",
        "Install "
            + s.id()
            + (cs ? " as a configuration server." : " as a scale-out process server."),
        notes,
        Sources.PARAMETERS,
        new Command(EXTRACT_FOLDER, args));
  }

  private static Step register(DeployedServer s) {
    return Step.of(
        "register",
        "Re-register "
            + s.id()
            + " with "
            + s.configurationServer()
            + " when its configuration server or proxy changes.",
        List.of("The unattended install registers it; these commands re-register it."),
        Sources.MANAGE_PS,
        new Command(AGENT_FOLDER, List.of("cdpcli.exe", "--registermt")),
        new Command(null, List.of("net", "stop", "obengine")),
        new Command(null, List.of("net", "start", "obengine")));
  }

  private static Step verify(DeployedServer s, boolean cs) {
    return Step.of(
        "verify",
        cs
            ? "Check that "
                + s.id()
                + " is listed as Connected under Site Recovery Infrastructure > Configuration"
                + " Servers."
            : "Check that "
                + s.id()
                + " is listed under "
                + s.configurationServer()
                + " in Site Recovery Infrastructure > Configuration Servers (about 15 minutes, or"
                + " refresh the configuration server).",
        List.of(
            "Watch its health: warning above 80 % CPU or memory or below 30 % free cache,"
                + " critical above 95 % or below 25 %."),
        Sources.MONITOR);
  }

  private static Step upgrade(DeployedServer s, boolean cs) {
    return Step.of(
        "upgrade",
        cs
            ? "Upgrade " + s.id() + " first, before any of its process servers."
            : "Upgrade "
                + s.id()
                + " after "
                + s.configurationServer()
                + ", to a version equal to or lower than its.",
        List.of(),
        Sources.MANAGE_PS);
  }

  private static Step decommission(
      DeployedServer s, Map<String, ServerDetails> byId, Values v, boolean cs) {
    if (cs) {
      return Step.of(
          "decommission",
          "Decommission " + s.id() + " only after all its process servers.",
          List.of(
              "Uninstall Microsoft Azure Site Recovery Configuration/Process Server, then"
                  + " Microsoft Azure Site Recovery Configuration/Process Server Dependencies,"
                  + " then the Microsoft Azure Recovery Services Agent."),
          Sources.MANAGE_PS);
    }
    String ip = v.get("psIp", byId.get(s.id()).psIp());
    return Step.of(
        "decommission",
        "Decommission " + s.id() + ".",
        List.of(
            "Preconditions: "
                + s.configurationServer()
                + " is Connected and "
                + s.id()
                + " can reach it.",
            "First move its machines to other process servers (Load balance or Switch in the"
                + " portal) and wait until the portal shows none on it.",
            "Uninstall Microsoft Azure Site Recovery Configuration/Process Server, then"
                + " Microsoft Azure Site Recovery Configuration/Process Server Dependencies, then"
                + " the Microsoft Azure Recovery Services Agent.",
            "The removal takes up to 15 minutes to show in the portal.",
            "If "
                + s.id()
                + " is disconnected and cannot be revived, purge it on "
                + s.configurationServer()
                + " with the command below instead."),
        Sources.UNREGISTER,
        new Command(
            UNREGISTER_FOLDER,
            List.of("perl", "Unregister-ASRComponent.pl", "-IPAddress", ip, "-Component", "PS")));
  }

  /** The values of one server, collecting a placeholder for each missing one, once. */
  private static final class Values {
    final String server;
    final List<Placeholder> placeholders = new ArrayList<>();

    Values(String server) {
      this.server = server;
    }

    String get(String field, String value) {
      if (value != null) {
        return value;
      }
      Placeholder p = Placeholder.of(server, field);
      if (!placeholders.contains(p)) {
        placeholders.add(p);
      }
      return p.text();
    }
  }
}
