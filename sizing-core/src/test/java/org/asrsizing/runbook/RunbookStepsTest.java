package org.asrsizing.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.asrsizing.format.PowerShellWriter;
import org.asrsizing.format.RunbookMarkdownWriter;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.junit.jupiter.api.Test;

class RunbookStepsTest {

  static final DeployedServer CS =
      new DeployedServer(
          "cs-1",
          ServerRole.CONFIGURATION_SERVER,
          "main",
          null,
          "management",
          8,
          16,
          600,
          false,
          List.of());
  static final DeployedServer PS2 =
      new DeployedServer(
          "ps-2",
          ServerRole.PROCESS_SERVER,
          "main",
          "cs-1",
          "medium",
          8,
          12,
          600,
          true,
          List.of("vm-2"));
  static final DeployedServer PS1 =
      new DeployedServer(
          "ps-1",
          ServerRole.PROCESS_SERVER,
          "main",
          "cs-1",
          "large",
          12,
          24,
          1024,
          true,
          List.of("vm-1"));
  static final DeployedServer CS0 =
      new DeployedServer(
          "a-cs",
          ServerRole.CONFIGURATION_SERVER,
          "main",
          null,
          "management",
          8,
          16,
          600,
          false,
          List.of());
  static final DeployedServer PS9 =
      new DeployedServer(
          "a-ps",
          ServerRole.PROCESS_SERVER,
          "main",
          "a-cs",
          "small",
          4,
          8,
          300,
          true,
          List.of("vm-3"));

  static CurrentDeployment deployment(DeployedServer... servers) {
    return new CurrentDeployment(
        List.of(servers), List.of(), Map.of(), Map.of(), null, null, null, List.of());
  }

  static ServerDetails ps(String id, String install, String version, Proxy proxy) {
    return new ServerDetails(
        id,
        id + ".contoso.local",
        "10.0.0.2",
        "10.0.0.1",
        install,
        ServerDetails.EnvType.VMWARE,
        null,
        version,
        proxy);
  }

  static List<String> installArgs(Runbook r, String id) {
    return step(r, id, "install").commands().get(0).arguments();
  }

  static Step step(Runbook r, String id, String kind) {
    return r.servers().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow()
        .steps()
        .stream()
        .filter(s -> s.kind().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  static String value(List<String> args, String parameter) {
    return args.get(args.indexOf(parameter) + 1);
  }

  @Test
  void configurationServersComeBeforeTheirProcessServers() {
    Runbook r =
        Runbooks.of(deployment(PS2, PS9, CS, PS1, CS0), Map.of(), RunbookOptions.defaults());
    assertThat(r.upgradeOrder()).containsExactly("a-cs", "a-ps", "cs-1", "ps-1", "ps-2");
    assertThat(r.servers())
        .extracting(RunbookServer::id)
        .containsExactlyElementsOf(r.upgradeOrder());
  }

  @Test
  void aProcessServerInstallHasEveryMandatoryParameterOfTheTable() {
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of("ps-1", ps("ps-1", "D:\\", "9.54.0.0", null)),
            RunbookOptions.defaults());
    List<String> args = installArgs(r, "ps-1");
    assertThat(args.get(0)).isEqualTo("UNIFIEDSETUP.EXE");
    assertThat(args)
        .contains(
            "/AcceptThirdpartyEULA",
            "/ServerMode",
            "/InstallLocation",
            "/EnvType",
            "/CSIP",
            "/PSIP",
            "/PassphraseFilePath",
            "/DataTransferSecurePort",
            "/BypassProxy")
        .doesNotContain("/MySQLCredsFilePath", "/VaultCredsFilePath", "/ProxySettingsFilePath");
    assertThat(value(args, "/ServerMode")).isEqualTo("PS");
    assertThat(value(args, "/EnvType")).isEqualTo("VMware");
    assertThat(value(args, "/PSIP")).isEqualTo("10.0.0.2");
    assertThat(value(args, "/CSIP")).isEqualTo("10.0.0.1");
    assertThat(value(args, "/DataTransferSecurePort")).isEqualTo("9443");
    assertThat(step(r, "ps-1", "install").source()).isEqualTo(Sources.PARAMETERS);
  }

  @Test
  void aConfigurationServerInstallAlsoHasTheMySqlAndVaultCredentials() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), RunbookOptions.defaults());
    List<String> args = installArgs(r, "cs-1");
    assertThat(value(args, "/ServerMode")).isEqualTo("CS");
    assertThat(args).contains("/MySQLCredsFilePath", "/VaultCredsFilePath");
  }

  @Test
  void aDriveRootIsNotQuotedSoNoBackslashEndsBeforeAClosingQuote() {
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of("ps-1", ps("ps-1", "D:\\", "9.54.0.0", null)),
            RunbookOptions.defaults());
    String line = step(r, "ps-1", "install").commands().get(0).toCmdLine();
    assertThat(line).contains("/InstallLocation D:\\ /EnvType").doesNotContain("\\\"");
  }

  @Test
  void aPathWithSpacesIsQuotedWithoutItsTrailingBackslash() {
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of("ps-1", ps("ps-1", "E:\\Program Files\\ASR\\", "9.54.0.0", null)),
            RunbookOptions.defaults());
    String line = step(r, "ps-1", "install").commands().get(0).toCmdLine();
    assertThat(line).contains("/InstallLocation \"E:\\Program Files\\ASR\" ");
  }

  @Test
  void quotingForCmdAndPowerShell() {
    assertThat(Quoting.cmd("C:\\Temp\\x.txt")).isEqualTo("C:\\Temp\\x.txt");
    assertThat(Quoting.cmd("C:\\My Files\\x.txt")).isEqualTo("\"C:\\My Files\\x.txt\"");
    assertThat(Quoting.cmd("a&b")).isEqualTo("\"a&b\"");
    assertThat(Quoting.path("D:\\")).isEqualTo("D:\\");
    assertThat(Quoting.path("D:\\ASR\\\\")).isEqualTo("D:\\ASR");
    assertThatThrownBy(() -> Quoting.cmd("C:\\My Files\\"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Quoting.powershell("it's")).isEqualTo("'it''s'");
  }

  @Test
  void theDataPortAndInstallParameterChoicesCanBeOverridden() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), new RunbookOptions(9433, true, false));
    List<String> args = installArgs(r, "ps-1");
    assertThat(value(args, "/DataTransferSecurePort")).isEqualTo("9433");
    assertThat(args).contains("/InstallDrive").doesNotContain("/InstallLocation");
    assertThat(r.choices()).extracting(Choice::chosen).containsExactly("9433", "/InstallDrive");
  }

  @Test
  void aProxyGivesAProxySettingsFileWithThePasswordAsAPlaceholder() {
    Proxy proxy = new Proxy("10.0.0.9", 8080, true, "asr");
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of("ps-1", ps("ps-1", "D:\\", "9.54.0.0", proxy)),
            RunbookOptions.defaults());
    List<String> args = installArgs(r, "ps-1");
    assertThat(args).contains("/ProxySettingsFilePath").doesNotContain("/BypassProxy");
    Step file = step(r, "ps-1", "proxy");
    assertThat(file.fileContent())
        .startsWith("[ProxySettings]\r\n")
        .contains(
            "ProxyAuthentication = \"Yes\"",
            "Proxy IP = \"10.0.0.9\"",
            "ProxyPort = \"8080\"",
            "ProxyUserName = \"asr\"",
            "ProxyPassword = \"" + Runbooks.PASSWORD_PLACEHOLDER + "\"");
    assertThat(ProxySettings.withPassword(file.fileContent(), "s3cret"))
        .contains("ProxyPassword = \"s3cret\"");
  }

  @Test
  void registrationRunsCdpcliInTheAgentFolderAndRestartsObengine() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), RunbookOptions.defaults());
    Step register = step(r, "ps-1", "register");
    assertThat(register.commands().get(0).workingDirectory())
        .isEqualTo("%PROGRAMDATA%\\ASR\\Agent");
    assertThat(register.commands())
        .extracting(Command::arguments)
        .containsExactly(
            List.of("cdpcli.exe", "--registermt"),
            List.of("net", "stop", "obengine"),
            List.of("net", "start", "obengine"));
    assertThat(register.source()).isEqualTo(Sources.MANAGE_PS);
  }

  @Test
  void decommissionGivesTheUninstallOrderAndThePurge() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), RunbookOptions.defaults());
    Step d = step(r, "ps-1", "decommission");
    String notes = String.join(" ", d.notes());
    assertThat(notes.indexOf("Configuration Server/Process Server,"))
        .isLessThan(notes.indexOf("Dependencies"));
    assertThat(notes.indexOf("Dependencies")).isLessThan(notes.indexOf("Recovery Services Agent"));
    assertThat(notes).contains("15 minutes", "move its machines");
    assertThat(d.commands().get(0).arguments())
        .containsExactly(
            "perl",
            "Unregister-ASRComponent.pl",
            "-IPAddress",
            "<psIp of ps-1>",
            "-Component",
            "PS");
  }

  @Test
  void aProcessServerNewerThanItsConfigurationServerIsAnErrorNamingBoth() {
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of(
                "cs-1", ps("cs-1", "D:\\", "9.53.0.0", null),
                "ps-1", ps("ps-1", "D:\\", "9.54.0.0", null)),
            RunbookOptions.defaults());
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(r.findings().get(0).message())
        .isEqualTo(
            "process server ps-1 (version 9.54.0.0) is newer than its configuration server cs-1"
                + " (version 9.53.0.0): upgrade cs-1 first or install ps-1 from the same"
                + " installer bits.");
  }

  @Test
  void theSameVersionIsNoFindingAndVersionsCompareAsNumbers() {
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of(
                "cs-1", ps("cs-1", "D:\\", "9.54.0.0", null),
                "ps-1", ps("ps-1", "D:\\", "9.54", null)),
            RunbookOptions.defaults());
    assertThat(r.findings()).isEmpty();
    assertThat(Runbooks.compareVersions("9.9", "9.10")).isNegative();
  }

  @Test
  void missingValuesArePlaceholdersListedOnce() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), RunbookOptions.defaults());
    assertThat(r.toFillIn()).doesNotHaveDuplicates().contains(Placeholder.of("ps-1", "psIp"));
    assertThat(value(installArgs(r, "ps-1"), "/PSIP")).isEqualTo("<psIp of ps-1>");
    assertThat(RunbookMarkdownWriter.toText(r))
        .contains("- **<psIp of ps-1>**: field psIp of server ps-1 in the servers file");
  }

  @Test
  void everyStepNamesItsSource() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), RunbookOptions.defaults());
    assertThat(r.servers().stream().flatMap(s -> s.steps().stream()))
        .allSatisfy(
            s -> assertThat(s.source()).matches("(articles/site-recovery|includes)/.+\\.md"));
  }

  @Test
  void aPowerShellScriptIsStrictStopsOnErrorsAndChecksExitCodes() {
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of("ps-1", ps("ps-1", "E:\\Program Files\\ASR", "9.54.0.0", null)),
            RunbookOptions.defaults());
    Map<String, String> files = PowerShellWriter.files(r);
    assertThat(files.keySet()).containsExactly("README.txt", "cs-1.ps1", "ps-1.ps1");
    String ps1 = files.get("ps-1.ps1");
    assertThat(ps1)
        .contains(
            "Set-StrictMode -Version Latest",
            "$ErrorActionPreference = 'Stop'",
            "if ($LASTEXITCODE -ne 0)",
            "'E:\\Program Files\\ASR'",
            "--registermt")
        .doesNotContain("throw 'Fill in first");
    assertThat(files.get("cs-1.ps1")).contains("throw 'Fill in first: <version of cs-1>");
    assertThat(files.get("README.txt").indexOf("cs-1.ps1"))
        .isLessThan(files.get("README.txt").indexOf("ps-1.ps1"));
  }
}
