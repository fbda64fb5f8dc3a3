package org.asrsizing.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.asrsizing.runbook.Command;
import org.asrsizing.runbook.Placeholder;
import org.asrsizing.runbook.Quoting;
import org.asrsizing.runbook.Runbook;
import org.asrsizing.runbook.RunbookServer;
import org.asrsizing.runbook.Sources;
import org.asrsizing.runbook.Step;

/**
 * The runbook as one PowerShell script per server, which runs the unattended install and the
 * registration, and a README giving the order. No script holds a secret: the credential and proxy
 * files are read from where the runbook says to put them.
 */
public final class PowerShellWriter {

  /** The name of the file that gives the order. */
  public static final String README = "README.txt";

  private PowerShellWriter() {}

  /** The script name of a server. */
  public static String scriptName(String serverId) {
    return serverId + ".ps1";
  }

  /** The name of the proxy settings file written for a server. */
  public static String proxyFileName(String serverId) {
    return serverId + "-ProxySettingsConfiguration.ini";
  }

  /** File name to content, the README first and then the scripts in order. */
  public static Map<String, String> files(Runbook r) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(README, readme(r));
    for (RunbookServer s : r.servers()) {
      out.put(scriptName(s.id()), script(s));
    }
    return out;
  }

  static String readme(Runbook r) {
    StringBuilder b = new StringBuilder();
    b.append("Run the scripts in this order, each in an elevated PowerShell on its server,\r\n");
    b.append("and start the next only when the portal shows the one before it:\r\n\r\n");
    int i = 1;
    boolean sites = RunbookMarkdownWriter.manySites(r);
    for (RunbookServer s : r.servers()) {
      b.append(i++)
          .append(". ")
          .append(scriptName(s.id()))
          .append("  (")
          .append(RunbookMarkdownWriter.role(s))
          .append(sites ? ", site " + s.site() : "")
          .append(")\r\n");
    }
    b.append("\r\nUpgrade in the same order: configuration servers first, then their process");
    b.append(" servers.\r\n");
    b.append("Before running a script, copy the unified setup, the passphrase file and, for a\r\n");
    b.append("configuration server, the MySQL credentials and vault credentials files to the\r\n");
    b.append("paths the script names; with a proxy, also the proxy settings file.\r\n");
    b.append("Delete those files afterwards: they hold secrets.\r\n");
    if (!r.toFillIn().isEmpty()) {
      b.append("\r\nTo fill in first (a script with a placeholder stops before it starts):\r\n");
      for (Placeholder p : r.toFillIn()) {
        b.append("- ").append(p.text()).append("\r\n");
      }
    }
    return b.toString();
  }

  static String script(RunbookServer s) {
    StringBuilder b = new StringBuilder();
    header(b, s);
    Step install = step(s, "install");
    if (install == null) {
      b.append("throw 'Nothing to run for this server.'\r\n");
      return b.toString();
    }
    install(b, s, install.commands().get(0));
    if (step(s, "register") != null) {
      b.append("\r\nif ($Reregister) {\r\n");
      b.append("  Push-Location -LiteralPath (Join-Path $env:ProgramData 'ASR\\Agent')\r\n");
      b.append("  try {\r\n    Invoke-Checked '.\\cdpcli.exe' @('--registermt')\r\n");
      b.append("  } finally {\r\n    Pop-Location\r\n  }\r\n");
      b.append("  Restart-Service -Name obengine\r\n}\r\n");
    }
    b.append("\r\nWrite-Output ")
        .append(
            Quoting.powershell(
                "Done: check in the portal that " + s.id() + " shows (about 15 minutes)."))
        .append("\r\n");
    return b.toString();
  }

  /** Parameters, strict mode, the stop on a placeholder, and the exit code check. */
  private static void header(StringBuilder b, RunbookServer s) {
    b.append("# ")
        .append(s.id())
        .append(" (")
        .append(RunbookMarkdownWriter.role(s))
        .append("): unattended install and registration, written by the runbook.\r\n");
    b.append("# Sources: ").append(Sources.REPOSITORY).append(' ').append(Sources.PARAMETERS);
    b.append(", ").append(Sources.MANAGE_PS).append("\r\n");
    b.append("param(\r\n");
    b.append("  [string]$InstallerPath = '.\\MicrosoftAzureSiteRecoveryUnifiedSetup.exe'");
    if (s.configurationServer() != null) {
      b.append(",\r\n  [switch]$Reregister");
    }
    b.append("\r\n)\r\n");
    b.append("Set-StrictMode -Version Latest\r\n");
    b.append("$ErrorActionPreference = 'Stop'\r\n\r\n");
    if (!s.placeholders().isEmpty()) {
      b.append("throw ")
          .append(
              Quoting.powershell(
                  "Fill in first: "
                      + s.placeholders().stream()
                          .map(Placeholder::text)
                          .collect(Collectors.joining(", "))))
          .append("\r\n\r\n");
    }
    b.append("function Invoke-Checked([string]$Program, [string[]]$Arguments) {\r\n");
    b.append("  & $Program @Arguments\r\n");
    b.append("  if ($LASTEXITCODE -ne 0) { throw \"$Program failed with exit code");
    b.append(" $LASTEXITCODE\" }\r\n}\r\n\r\n");
  }

  /** The input files checked, then extraction and install unless obengine already exists. */
  private static void install(StringBuilder b, RunbookServer s, Command setup) {
    for (int i = 0; i < setup.arguments().size(); i++) {
      String a = setup.arguments().get(i);
      if (a.endsWith("FilePath")) {
        String file = setup.arguments().get(i + 1);
        b.append("if (-not (Test-Path -LiteralPath ")
            .append(Quoting.powershell(file))
            .append(")) { throw ")
            .append(Quoting.powershell("Missing " + file + " (see the runbook)"))
            .append(" }\r\n");
      }
    }
    b.append("\r\nif (Get-Service -Name obengine -ErrorAction SilentlyContinue) {\r\n");
    b.append("  Write-Output ")
        .append(Quoting.powershell(s.id() + " is already installed; skipping the install."))
        .append("\r\n} else {\r\n");
    Command extract = step(s, "extract").commands().get(0);
    b.append("  Invoke-Checked $InstallerPath @(")
        .append(args(extract.arguments().subList(1, extract.arguments().size())))
        .append(")\r\n");
    b.append("  Push-Location -LiteralPath ")
        .append(Quoting.powershell(setup.workingDirectory()))
        .append("\r\n  try {\r\n");
    b.append("    Invoke-Checked ")
        .append(Quoting.powershell(".\\" + setup.arguments().get(0)))
        .append(" @(")
        .append(args(setup.arguments().subList(1, setup.arguments().size())))
        .append(")\r\n  } finally {\r\n    Pop-Location\r\n  }\r\n}\r\n");
  }

  private static String args(List<String> args) {
    return args.stream().map(Quoting::powershell).collect(Collectors.joining(", "));
  }

  private static Step step(RunbookServer s, String kind) {
    return s.steps().stream().filter(x -> x.kind().equals(kind)).findFirst().orElse(null);
  }
}
