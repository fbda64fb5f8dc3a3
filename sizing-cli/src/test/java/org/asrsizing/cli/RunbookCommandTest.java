package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunbookCommandTest {

  static final String PASSWORD = "Pr0xy-Secr3t-4711";

  @TempDir Path dir;
  Path plan;

  @BeforeEach
  void plan() {
    plan = dir.resolve("plan.json");
    Run r = Run.of("plan", "--example", "--format", "json", "--output", plan.toString());
    assertThat(r.exitCode()).isZero();
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static final String SERVERS_YAML =
      "servers:\n"
          + "  - id: cs-1\n"
          + "    hostName: cs1.contoso.local\n"
          + "    psIp: 10.0.0.1\n"
          + "    csIp: 10.0.0.1\n"
          + "    installLocation: 'D:\\'\n"
          + "    envType: VMware\n"
          + "    version: 9.54.0.0\n"
          + "  - id: ps-1\n"
          + "    hostName: ps1.contoso.local\n"
          + "    psIp: 10.0.0.2\n"
          + "    installLocation: 'E:\\Program Files\\ASR'\n"
          + "    envType: VMware\n"
          + "    version: 9.54.0.0\n"
          + "    proxy:\n"
          + "      address: 10.0.0.9\n"
          + "      port: 8080\n"
          + "      authenticate: true\n"
          + "      userName: asr\n";

  /** One run with an environment of our choosing, captured writers and exit code. */
  /** The PowerShell runbook of the plan into {@code out}, the password from {@code password}. */
  private Run powershellWithPasswordFile(Path servers, Path password, Path out) {
    return run(
        Map.of(),
        "runbook",
        "--deployment",
        plan.toString(),
        "--servers",
        servers.toString(),
        "--proxy-password-file",
        password.toString(),
        "--format",
        "powershell",
        "--output-dir",
        out.toString());
  }

  static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = SizingCommand.commandLine();
    RunbookCommand runbook = cmd.getSubcommands().get("runbook").getCommand();
    runbook.environment = env::get;
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aPlanGivesAChecklistWithPlaceholdersToFillIn() {
    Run r = run(Map.of(), "runbook", "--deployment", plan.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("## cs-1", "## ps-1", "- [ ] ", "## To fill in", "**<psIp of ps-1>**");
    assertThat(r.out().indexOf("## cs-1")).isLessThan(r.out().indexOf("## ps-1"));
  }

  @Test
  void aHubNoServerIsOnIsABadArgument() {
    Run r = run(Map.of(), "runbook", "--deployment", plan.toString(), "--hub", "nowhere");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(r.err()).contains("--hub", "no server of the deployment is on site nowhere");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aHubOfTheDeploymentOrdersIt() {
    Run r = run(Map.of(), "runbook", "--deployment", plan.toString(), "--hub", "default");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("## cs-1 (configuration server, management)");
  }

  @Test
  void theServersFileFillsTheInstallCommand() throws IOException {
    Path servers = write("servers.yaml", SERVERS_YAML);
    Run r =
        run(Map.of(), "runbook", "--deployment", plan.toString(), "--servers", servers.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "UNIFIEDSETUP.EXE /AcceptThirdpartyEULA /ServerMode PS /InstallLocation"
                + " \"E:\\Program Files\\ASR\" /EnvType VMware /PSIP 10.0.0.2 /CSIP 10.0.0.1"
                + " /PassphraseFilePath C:\\Temp\\passphrase.txt /DataTransferSecurePort 9443"
                + " /ProxySettingsFilePath C:\\Temp\\ProxySettingsConfiguration.ini")
        .contains("/ServerMode CS /InstallLocation D:\\ /MySQLCredsFilePath");
  }

  @Test
  void jsonHasTheSchemaVersionStepsAsArgumentListsAndSources() throws IOException {
    Run r = run(Map.of(), "runbook", "--deployment", plan.toString(), "--format", "json");
    assertThat(r.exitCode()).isZero();
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(tree.get("schemaVersion").asInt()).isEqualTo(1);
    var install = tree.get("servers").get(1).get("steps");
    assertThat(tree.get("servers").get(1).get("id").asText()).isEqualTo("ps-1");
    assertThat(r.out()).contains("\"arguments\"", "\"source\"", "\"toFillIn\"");
    assertThat(install.isArray()).isTrue();
  }

  @Test
  void aProcessServerNewerThanItsConfigurationServerIsReportedNamingBoth() throws IOException {
    Path servers =
        write("servers.yaml", SERVERS_YAML.replaceFirst("version: 9.54.0.0", "version: 9.50.0.0"));
    Run r =
        run(Map.of(), "runbook", "--deployment", plan.toString(), "--servers", servers.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INFEASIBLE);
    assertThat(r.out()).contains("## Findings", "- ERROR: process server ps-1", "## ps-1");
    assertThat(r.err())
        .startsWith(
            "sizing: process server ps-1 (version 9.54.0.0) is newer than its"
                + " configuration server cs-1 (version 9.50.0.0)");
  }

  void assertBadServersFile(String name, String text, String expected) throws IOException {
    Path servers = write(name, text);
    Path out = dir.resolve("out");
    Path md = dir.resolve("runbook.md");
    Run r =
        run(
            Map.of(RunbookMessages.PASSWORD_ENV, PASSWORD),
            "runbook",
            "--deployment",
            plan.toString(),
            "--servers",
            servers.toString(),
            "--format",
            "powershell",
            "--output-dir",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(r.err()).isEqualTo("sizing: servers file " + servers + ", " + expected + "\n");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
    Run m =
        run(
            Map.of(),
            "runbook",
            "--deployment",
            plan.toString(),
            "--servers",
            servers.toString(),
            "--output",
            md.toString());
    assertThat(m.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(md).doesNotExist();
  }

  @Test
  void anInvalidIpIsAnInputErrorNamingFileLineAndField() throws IOException {
    assertBadServersFile(
        "servers.yaml",
        SERVERS_YAML.replace("psIp: 10.0.0.2", "psIp: 10.0.0.256"),
        "line 11, field psIp: '10.0.0.256' is not an IPv4 address.");
  }

  @Test
  void anInvalidPortIsAnInputError() throws IOException {
    assertBadServersFile(
        "servers.yaml",
        SERVERS_YAML.replace("port: 8080", "port: 70000"),
        "line 17, field proxy.port: '70000' is not a port from 1 to 65535.");
  }

  @Test
  void anInvalidInstallLocationIsAnInputError() throws IOException {
    assertBadServersFile(
        "servers.yaml",
        SERVERS_YAML.replace("'D:\\'", "'D:relative'"),
        "line 6, field installLocation: 'D:relative' is not a local folder such as D:\\ or"
            + " C:\\Program Files\\ASR.");
  }

  @Test
  void anInvalidModeIsAnInputError() throws IOException {
    assertBadServersFile(
        "servers.json",
        "{\"servers\": [\n {\"id\": \"ps-1\",\n  \"envType\": \"HyperV\"}\n]}\n",
        "line 3, field envType: 'HyperV' is not VMware or NonVMware.");
  }

  @Test
  void aServerThePlanDoesNotHaveIsAnInputError() throws IOException {
    assertBadServersFile(
        "servers.csv",
        "id,psIp,proxyPort\nps-1,10.0.0.2,8080\nps-7,10.0.0.3,\n",
        "line 3, field id: the plan has no server ps-7 (it has cs-1, ps-1).");
  }

  @Test
  void aCsvServersFileIsCheckedToo() throws IOException {
    assertBadServersFile(
        "servers.csv",
        "id,psIp,proxyPort\nps-1,10.0.0.2,0\n",
        "line 2, field proxy.port: '0' is not a port from 1 to 65535.");
  }

  @Test
  void powershellNeedsAnOutputDir() {
    Run r = run(Map.of(), "runbook", "--deployment", plan.toString(), "--format", "powershell");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(r.errLines()).hasSize(1);
  }

  /** A pipe such as {@code <(pass show proxy)} gives the password without it touching the disk. */
  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs({
    org.junit.jupiter.api.condition.OS.LINUX,
    org.junit.jupiter.api.condition.OS.MAC
  })
  void theProxyPasswordFromAPipeIsOnlyInTheOwnerOnlyProxyFile() throws Exception {
    Path servers = write("servers.yaml", SERVERS_YAML);
    Path out = dir.resolve("out");
    Path pipe = NamedPipes.make(dir.resolve("password.pipe"));
    NamedPipes.writeInBackground(
        pipe, w -> w.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));

    Run r = powershellWithPasswordFile(servers, pipe, out);

    assertSecretOnlyInProxyFile(r, out);
  }

  /**
   * Only the first line of the password file is used; a pipe that never ends (as {@code <(cat
   * /dev/zero)}) was read whole, until the heap ran out.
   */
  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs({
    org.junit.jupiter.api.condition.OS.LINUX,
    org.junit.jupiter.api.condition.OS.MAC
  })
  void aPasswordPipeWithoutALineBreakInItsFirst64KiBIsRefusedAtOnce() throws Exception {
    Path servers = write("servers.yaml", SERVERS_YAML);
    Path out = dir.resolve("out");
    Path pipe = NamedPipes.make(dir.resolve("password.pipe"));
    // As <(cat /dev/zero) would: bytes without end, until the reader closes the pipe.
    Thread writer =
        NamedPipes.writeInBackground(
            pipe,
            w -> {
              byte[] zeros = new byte[1 << 16];
              while (true) {
                w.write(zeros);
              }
            });

    Run r = powershellWithPasswordFile(servers, pipe, out);

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(r.errLines())
        .containsExactly(
            "sizing: invalid value for option '--proxy-password-file': '"
                + pipe
                + "' has no line break in its first 65536 bytes; give the password on the first"
                + " line (see 'sizing runbook --help')");
    assertThat(out).doesNotExist();
    writer.join(10_000);
    assertThat(writer.isAlive()).as("the pipe was closed").isFalse();
  }

  @Test
  void theProxyPasswordFromAFileIsOnlyInTheOwnerOnlyProxyFile() throws IOException {
    Path servers = write("servers.yaml", SERVERS_YAML);
    Path pw = write("proxy-password.txt", PASSWORD + "\n");
    Path out = dir.resolve("out");
    Run r = powershellWithPasswordFile(servers, pw, out);
    assertSecretOnlyInProxyFile(r, out);
    Run j =
        run(
            Map.of(),
            "runbook",
            "--deployment",
            plan.toString(),
            "--servers",
            servers.toString(),
            "--proxy-password-file",
            pw.toString(),
            "--format",
            "json",
            "--output-dir",
            out.toString());
    assertSecretOnlyInProxyFile(j, out);
  }

  @Test
  void theProxyPasswordFromTheEnvironmentIsOnlyInTheOwnerOnlyProxyFile() throws IOException {
    Path servers = write("servers.yaml", SERVERS_YAML);
    Path out = dir.resolve("out");
    Path md = dir.resolve("runbook.md");
    Run r =
        run(
            Map.of(RunbookMessages.PASSWORD_ENV, PASSWORD),
            "runbook",
            "--deployment",
            plan.toString(),
            "--servers",
            servers.toString(),
            "--output",
            md.toString(),
            "--output-dir",
            out.toString());
    assertSecretOnlyInProxyFile(r, out);
    assertThat(Files.readString(md)).doesNotContain(PASSWORD).contains("ProxyPassword");
  }

  @Test
  void aPasswordWithoutAnOutputDirIsRefusedWithoutShowingIt() {
    Run r =
        run(
            Map.of(RunbookMessages.PASSWORD_ENV, PASSWORD),
            "runbook",
            "--deployment",
            plan.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
  }

  @Test
  void anExampleIsPlannedFirstAndGivesTheRunbookOfItsSavedPlan() throws IOException {
    Path servers = write("servers.yaml", SERVERS_YAML);
    Run saved =
        run(Map.of(), "runbook", "--deployment", plan.toString(), "--servers", servers.toString());
    Run planned = run(Map.of(), "runbook", "--example", "--servers", servers.toString());
    assertThat(planned.exitCode()).as(planned.err()).isZero();
    assertThat(planned.err()).isEmpty();
    assertThat(planned.out()).isEqualTo(saved.out()).contains("## ps-1");
  }

  @Test
  void anInventoryIsPlannedFirstAndEachConfigurationServerComesInOrder() throws IOException {
    Path inventory =
        write(
            "machines.csv",
            "name,churnGiBPerDay,disks,site\nweb01,120,2,london\ndb02,512,4,paris\n"
                + "web02,80,1,london\n");
    Run r = run(Map.of(), "runbook", "--inventory", inventory.toString(), "--headroom", "20");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("# Runbook\n\nOrder: cs-1, cs-2 (");
    assertThat(r.out().indexOf("## cs-1")).isLessThan(r.out().indexOf("## cs-2"));
  }

  @Test
  void aDeploymentAndAWorkloadTogetherOrNeitherAreRefused() {
    String expected =
        "sizing: give either --deployment FILE or a workload to plan (--example, --machines and"
            + " --churn, or --inventory FILE), not both (see 'sizing runbook --help')\n";
    Run both = run(Map.of(), "runbook", "--deployment", plan.toString(), "--example");
    assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(both.err()).isEqualTo(expected);
    Run neither = run(Map.of(), "runbook");
    assertThat(neither.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(neither.err()).isEqualTo(expected);
  }

  @Test
  void thePasswordIsOnlyInTheProxyFileWhenTheRunbookPlansFirst() throws IOException {
    Path servers = write("servers.yaml", SERVERS_YAML);
    Path out = dir.resolve("out");
    Path md = dir.resolve("runbook.md");
    Run fromEnvironment =
        run(
            Map.of(RunbookMessages.PASSWORD_ENV, PASSWORD),
            "runbook",
            "--example",
            "--servers",
            servers.toString(),
            "--output",
            md.toString(),
            "--output-dir",
            out.toString());
    assertSecretOnlyInProxyFile(fromEnvironment, out);
    assertThat(Files.readString(md))
        .contains("Read-Host -AsSecureString", "-ProxyPassword $proxyPassword");
    Path pw = write("proxy-password.txt", PASSWORD + "\n");
    Run fromFile =
        run(
            Map.of(),
            "runbook",
            "--machines",
            "220",
            "--churn",
            "1.5TB",
            "--servers",
            servers.toString(),
            "--proxy-password-file",
            pw.toString(),
            "--format",
            "powershell",
            "--output-dir",
            out.toString());
    assertSecretOnlyInProxyFile(fromFile, out);
  }

  @Test
  void theHelpListsTheWorkloadOptionsAndExitCodeThree() {
    Run r = run(Map.of(), "runbook", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "--example",
            "--inventory=FILE",
            "--machines=N",
            "--headroom=PCT",
            "--catalog=NAME|FILE",
            "3   the runbook is written, but a process server is newer than its");
  }

  @Test
  void thePasswordIsOnlyInTheProxyFileWhenAnInventoryIsPlannedFirst() throws IOException {
    Path inventory = write("machines.csv", "name,churnGiBPerDay,disks,site\nweb01,120,2,london\n");
    Path servers =
        write(
            "servers.yaml",
            "servers:\n  - id: cs-1\n    proxy:\n      address: 10.0.0.9\n      port: 8080\n"
                + "      authenticate: true\n      userName: asr\n");
    Path out = dir.resolve("out");
    Run r =
        run(
            Map.of(RunbookMessages.PASSWORD_ENV, PASSWORD),
            "runbook",
            "--inventory",
            inventory.toString(),
            "--servers",
            servers.toString(),
            "--format",
            "json",
            "--output-dir",
            out.toString());
    assertSecretOnlyInProxyFile(r, out, "cs-1");
  }

  void assertSecretOnlyInProxyFile(Run r, Path out) throws IOException {
    assertSecretOnlyInProxyFile(r, out, "ps-1");
  }

  void assertSecretOnlyInProxyFile(Run r, Path out, String server) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain(PASSWORD);
    assertThat(r.err()).doesNotContain(PASSWORD);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(files::add);
    }
    Path proxy = out.resolve(server + "-ProxySettingsConfiguration.ini");
    assertThat(files).contains(proxy);
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.ISO_8859_1);
      if (f.equals(proxy)) {
        assertThat(text).contains("ProxyPassword = \"" + PASSWORD + "\"");
      } else if (!f.getFileName().toString().equals("proxy-password.txt")) {
        assertThat(text).as(f.toString()).doesNotContain(PASSWORD);
      }
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(proxy)))
        .isEqualTo("rw-------");
  }
}
