package org.asrsizing.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;
import org.junit.jupiter.api.Test;

/** The one wording of installing and retiring a server, and the order the runbook builds them. */
class ServerStepsTest {

  private static final DeployedServer CS =
      new DeployedServer(
          "cs-1",
          ServerRole.CONFIGURATION_SERVER,
          "hub",
          null,
          "management",
          8,
          16,
          600,
          false,
          List.of());
  private static final DeployedServer PS =
      new DeployedServer(
          "ps-1", ServerRole.PROCESS_SERVER, "hub", "cs-1", "small", 12, 18, 600, true, List.of());

  @Test
  void aProcessServerIsInstalledRegisteredToItsConfigurationServerAtNoHigherVersion() {
    assertThat(ServerSteps.install(PS))
        .isEqualTo(
            "Install ps-1 (small: 12 vCPU, 18 GiB memory, 600 GiB cache disk) as a scale-out"
                + " process server registered to cs-1, at the same or a lower version than cs-1"
                + " (UNIFIEDSETUP.EXE /ServerMode PS).");
    assertThat(ServerSteps.installCited(PS))
        .endsWith(
            " Source: MicrosoftDocs/azure-docs"
                + " includes/site-recovery-unified-installer-command-parameters.md.");
  }

  @Test
  void aConfigurationServerSaysWhetherItsBuiltInProcessServerReplicates() {
    assertThat(ServerSteps.install(CS))
        .isEqualTo(
            "Install cs-1 (management: 8 vCPU, 16 GiB memory, 600 GiB cache disk) as a"
                + " configuration server, before its process servers (UNIFIEDSETUP.EXE"
                + " /ServerMode CS).");
    DeployedServer carrying =
        new DeployedServer(
            "cs-2", ServerRole.CONFIGURATION_SERVER, "x", null, null, 8, 16, 300, true, List.of());
    assertThat(ServerSteps.install(carrying))
        .isEqualTo(
            "Install cs-2 (8 vCPU, 16 GiB memory, 300 GiB cache disk) as a configuration server,"
                + " whose built-in process server replicates its machines (UNIFIEDSETUP.EXE"
                + " /ServerMode CS).");
  }

  @Test
  void anApplianceIsDeployedByItsOwnDocumentation() {
    DeployedServer ra =
        new DeployedServer(
            "ra-1", ServerRole.APPLIANCE, "x", null, "appliance", 16, 32, 600, true, List.of());
    assertThat(ServerSteps.install(ra))
        .isEqualTo(
            "Deploy replication appliance ra-1 (appliance: 16 vCPU, 32 GiB memory, 600 GiB cache"
                + " disk) and register it with the vault, as the replication appliance"
                + " documentation describes; the runbook covers classic configuration and process"
                + " servers only.");
    assertThat(ServerSteps.installSource(ra)).isEqualTo(ServerSteps.APPLIANCE_SOURCE);
  }

  @Test
  void theUninstallOrderAndThePurgeNameTheProgramsAndTheCommandAsTheSeedDocumentDoes() {
    assertThat(ServerSteps.uninstall("ps-1"))
        .isEqualTo(
            "On ps-1, in Control Panel > Programs > Uninstall a program, uninstall in this order:"
                + " Microsoft Azure Site Recovery Configuration Server/Process Server, then"
                + " Microsoft Azure Site Recovery Configuration Server Dependencies, then"
                + " Microsoft Azure Recovery Services Agent.");
    assertThat(ServerSteps.purge("ps-1", "cs-1", "10.0.0.5"))
        .isEqualTo(
            "If ps-1 is disconnected and cannot be revived, purge it on cs-1 instead: in"
                + " %ProgramData%\\ASR\\home\\svsystems\\bin run perl Unregister-ASRComponent.pl"
                + " -IPAddress 10.0.0.5 -Component PS.");
    assertThat(ServerSteps.uninstallSource()).isEqualTo(Sources.SCALE_OUT_2017);
  }

  @Test
  void theRunbookInstallsAndDecommissionsInTheseSentences() {
    Runbook r = Runbooks.of(deployment(CS, PS), Map.of(), RunbookOptions.defaults());
    RunbookServer ps = r.servers().get(1);
    Step install = step(ps, "install");
    assertThat(install.title()).isEqualTo(ServerSteps.install(PS));
    assertThat(install.source()).isEqualTo(ServerSteps.installSource(PS));
    Step decommission = step(ps, "decommission");
    assertThat(decommission.notes())
        .contains(ServerSteps.uninstall("ps-1"), ServerSteps.REMOVAL_WAIT);
    assertThat(decommission.source()).isEqualTo(ServerSteps.uninstallSource());
  }

  /**
   * The sentences of installing and retiring a server are made in {@link ServerSteps} only: a
   * second wording anywhere else in the tool's main code fails this test.
   */
  @Test
  void noOtherClassWordsAnInstallOrUninstall() throws IOException {
    List<String> phrases =
        List.of(
            "/ServerMode PS)",
            "/ServerMode CS)",
            "as a scale-out process server",
            "at the same or a lower version",
            "Uninstall a program",
            "uninstall in this order",
            "Unregister-ASRComponent.pl -IPAddress",
            "and register it with the vault");
    List<String> offenders = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../sizing-cli/src/main/java"))) {
      assertThat(root).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          if (f.endsWith(Path.of("runbook", "ServerSteps.java"))) {
            continue;
          }
          String text = joined(Files.readString(f));
          for (String p : phrases) {
            if (text.contains(p)) {
              offenders.add(f + ": " + p);
            }
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theScanFindsAPhraseWhereOneIs() throws IOException {
    // The scan above would pass over an empty tree; ServerSteps itself holds every phrase.
    String own =
        joined(Files.readString(Path.of("src/main/java/org/asrsizing/runbook/ServerSteps.java")));
    assertThat(own).contains("as a scale-out process server", "uninstall in this order");
  }

  @Test
  void noProcessServerComesBeforeItsConfigurationServer() {
    DeployedServer csB = cs("cs-b", "hub");
    DeployedServer csA = cs("cs-a", "hub");
    List<DeployedServer> given =
        List.of(
            ps("ps-9", "cs-b", "hub"),
            ps("ps-1", "cs-a", "hub"),
            csB,
            ps("ps-2", "cs-b", "hub"),
            csA);

    List<String> order = ids(Runbooks.order(given, null));

    assertThat(order).containsExactly("cs-a", "ps-1", "cs-b", "ps-2", "ps-9");
  }

  @Test
  void withAHubTheHubsServersComeBeforeTheBranches() {
    // Every configuration server is on the hub; branch process servers register to them.
    List<DeployedServer> given =
        List.of(
            cs("cs-1", "hub"),
            ps("ps-1", "cs-1", "berlin"),
            ps("ps-2", "cs-1", "amsterdam"),
            ps("ps-3", "cs-1", "hub"),
            cs("cs-2", "zurich"),
            cs("cs-0", "athens"));

    assertThat(ids(Runbooks.order(given, "hub")))
        .containsExactly("cs-1", "ps-3", "ps-2", "ps-1", "cs-0", "cs-2");
    assertThat(ids(Runbooks.order(given, null)))
        .containsExactly("cs-0", "cs-1", "ps-2", "ps-1", "ps-3", "cs-2");
  }

  @Test
  void eachServerOfTheRunbookNamesItsSite() {
    Runbook r =
        Runbooks.of(
            deployment(cs("cs-1", "hub"), ps("ps-1", "cs-1", "berlin")),
            Map.of(),
            new RunbookOptions(9443, false, false, "hub"));
    assertThat(r.servers()).extracting(RunbookServer::site).containsExactly("hub", "berlin");
  }

  /** Source text with string literals split over lines ({@code "a" + "b"}) joined again. */
  private static String joined(String source) {
    return source.replaceAll("\"\\s*\\+\\s*\"", "");
  }

  private static DeployedServer cs(String id, String site) {
    return new DeployedServer(
        id,
        ServerRole.CONFIGURATION_SERVER,
        site,
        null,
        "management",
        8,
        16,
        600,
        false,
        List.of());
  }

  private static DeployedServer ps(String id, String cs, String site) {
    return new DeployedServer(
        id, ServerRole.PROCESS_SERVER, site, cs, "small", 12, 18, 600, true, List.of());
  }

  private static List<String> ids(List<DeployedServer> servers) {
    return servers.stream().map(DeployedServer::id).toList();
  }

  private static Step step(RunbookServer s, String kind) {
    return s.steps().stream().filter(x -> x.kind().equals(kind)).findFirst().orElseThrow();
  }

  private static CurrentDeployment deployment(DeployedServer... servers) {
    return new CurrentDeployment(
        List.of(servers), List.of(), Map.of(), Map.of(), null, null, null, List.of());
  }
}
