package org.asrsizing.runbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The proxy: its settings file for the install, and the documented PowerShell steps to change it
 * later. The password is never part of a step: the file holds a placeholder, the PowerShell steps
 * read it from a prompt as a secure string.
 */
final class ProxySteps {

  /** What the proxy settings file holds in place of a password not given. */
  static final String PASSWORD_PLACEHOLDER = "<proxy password: never written here>";

  private static final String PASSWORD_VARIABLE = "$proxyPassword";

  private ProxySteps() {}

  static Step settingsFile(ServerContext c) {
    Proxy p = c.details().proxy();
    Values v = c.values();
    boolean auth = p.authenticate() != null && p.authenticate();
    StringBuilder b = new StringBuilder();
    b.append("[ProxySettings]\r\n");
    b.append("ProxyAuthentication = \"")
        .append(p.authenticate() == null ? v.get("proxy.authenticate", null) : auth ? "Yes" : "No")
        .append("\"\r\n");
    b.append("Proxy IP = \"").append(v.get("proxy.address", p.address())).append("\"\r\n");
    b.append("ProxyPort = \"").append(port(c)).append("\"\r\n");
    if (auth || p.authenticate() == null) {
      b.append("ProxyUserName = \"").append(v.get("proxy.userName", p.userName())).append("\"\r\n");
      b.append("ProxyPassword = \"").append(PASSWORD_PLACEHOLDER).append("\"\r\n");
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        c.options().proxyPasswordGiven()
            ? "Copy the proxy settings file written for "
                + c.id()
                + " (it holds the password; it was created readable by its owner only) to "
                + ServerPaths.PROXY_FILE
                + "."
            : "Create "
                + ServerPaths.PROXY_FILE
                + " with this content and type the proxy password in place of its placeholder.");
    notes.add("Delete it after the installation: it holds a secret.");
    return new Step(
        "proxy",
        "Write the proxy settings file.",
        notes,
        List.of(),
        ServerPaths.PROXY_FILE,
        b.toString(),
        Sources.PARAMETERS);
  }

  /**
   * Changing the proxy of a process server later: Set-OBMachineSetting with the password read from
   * a prompt, obengine restarted, then the registration renewed.
   */
  static Step change(ServerContext c) {
    Proxy p = c.details().proxy();
    Values v = c.values();
    boolean auth = !Boolean.FALSE.equals(p.authenticate());
    List<String> set = new ArrayList<>();
    set.addAll(
        List.of(
            "Set-OBMachineSetting",
            "-ProxyServer",
            "http://" + v.get("proxy.address", p.address()),
            "-ProxyPort",
            port(c)));
    List<Command> commands = new ArrayList<>();
    if (auth) {
      commands.add(
          powershell(
              PASSWORD_VARIABLE,
              "=",
              "Read-Host",
              "-AsSecureString",
              "-Prompt",
              "Proxy password of " + c.id()));
      set.addAll(
          List.of(
              "-ProxyUserName",
              v.get("proxy.userName", p.userName()),
              "-ProxyPassword",
              PASSWORD_VARIABLE));
    }
    commands.add(new Command(null, set, Command.Shell.POWERSHELL));
    commands.add(powershell("net", "stop", "obengine"));
    commands.add(powershell("net", "start", "obengine"));
    commands.addAll(RegisterSteps.registration());
    List<String> notes = new ArrayList<>();
    if (auth) {
      notes.add(RunbookText.PASSWORD_FROM_PROMPT);
    }
    notes.add("The last commands run in a command prompt in the agent folder.");
    return new Step(
        "proxy-change",
        RunbookText.proxyChange(c.id()),
        notes,
        commands,
        null,
        null,
        Sources.MANAGE_PS);
  }

  private static String port(ServerContext c) {
    Integer port = c.details().proxy().port();
    return c.values().get("proxy.port", port == null ? null : String.valueOf(port));
  }

  private static Command powershell(String... words) {
    return new Command(null, List.of(words), Command.Shell.POWERSHELL);
  }
}
