package org.asrsizing.runbook;

import java.util.ArrayList;
import java.util.List;

/** The credential files and the unattended install command line of the parameter table. */
final class InstallSteps {

  private InstallSteps() {}

  static Step credentials(ServerContext c) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Create "
            + ServerPaths.PASSPHRASE_FILE
            + " holding the configuration server's passphrase.");
    if (c.isConfigurationServer()) {
      notes.add(
          "Create "
              + ServerPaths.MYSQL_FILE
              + " ([MySQLCredentials] with MySQLRootPassword and MySQLUserPassword) and save the"
              + " vault registration key as "
              + ServerPaths.VAULT_FILE
              + ".");
    }
    notes.add("These files hold secrets: delete them after the installation.");
    return Step.of(
        "credentials",
        "Create the credential files the installer reads.",
        notes,
        Sources.PARAMETERS);
  }

  static Step install(ServerContext c) {
    List<String> notes =
        List.of(
            "Run in an elevated command prompt.",
            "Alternatively run UnifiedSetup.exe without parameters and follow the wizard with the"
                + " same values.");
    return Step.of(
        "install",
        ServerSteps.install(c.server()),
        notes,
        Sources.PARAMETERS,
        new Command(ServerPaths.EXTRACT_FOLDER, arguments(c)));
  }

  /** Every parameter of the table, in its order, each value validated by the servers file. */
  private static List<String> arguments(ServerContext c) {
    ServerDetails d = c.details();
    Values v = c.values();
    boolean cs = c.isConfigurationServer();
    ServerDetails parent = c.parentDetails();
    String csIp = d.csIp() != null ? d.csIp() : !cs && parent != null ? parent.csIp() : null;
    List<String> args = new ArrayList<>();
    args.add("UNIFIEDSETUP.EXE");
    args.add("/AcceptThirdpartyEULA");
    args.add("/ServerMode");
    args.add(cs ? "CS" : "PS");
    args.add(c.options().installDrive() ? "/InstallDrive" : "/InstallLocation");
    args.add(
        d.installLocation() == null
            ? v.get("installLocation", null)
            : Quoting.path(d.installLocation()));
    if (cs) {
      args.addAll(
          List.of(
              "/MySQLCredsFilePath",
              ServerPaths.MYSQL_FILE,
              "/VaultCredsFilePath",
              ServerPaths.VAULT_FILE));
    }
    args.add("/EnvType");
    args.add(v.get("envType", d.envType() == null ? null : d.envType().text()));
    args.add("/PSIP");
    args.add(c.psIp());
    args.add("/CSIP");
    args.add(v.get("csIp", csIp));
    args.add("/PassphraseFilePath");
    args.add(ServerPaths.PASSPHRASE_FILE);
    args.add("/DataTransferSecurePort");
    args.add(String.valueOf(c.dataTransferPort()));
    if (d.proxy() != null) {
      args.add("/ProxySettingsFilePath");
      args.add(ServerPaths.PROXY_FILE);
    } else {
      args.add("/BypassProxy");
    }
    return args;
  }
}
