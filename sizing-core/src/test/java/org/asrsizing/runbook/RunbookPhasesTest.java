package org.asrsizing.runbook;

import static org.asrsizing.runbook.RunbookStepsTest.CS;
import static org.asrsizing.runbook.RunbookStepsTest.PS1;
import static org.asrsizing.runbook.RunbookStepsTest.deployment;
import static org.asrsizing.runbook.RunbookStepsTest.ps;
import static org.asrsizing.runbook.RunbookStepsTest.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asrsizing.format.RunbookMarkdownWriter;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;
import org.junit.jupiter.api.Test;

/** The phases added to the runbook: requirements, proxy change, decommissioning by source. */
class RunbookPhasesTest {

  static final DeployedServer APPLIANCE =
      new DeployedServer(
          "ra-1", ServerRole.APPLIANCE, "main", null, "small", 8, 16, 600, true, List.of("vm-9"));

  static final Proxy PROXY = new Proxy("10.0.0.9", 8080, true, "asr");

  static Runbook withProxy() {
    return Runbooks.of(
        deployment(CS, PS1, APPLIANCE),
        Map.of("ps-1", ps("ps-1", "D:\\", "9.54.0.0", PROXY)),
        RunbookOptions.defaults());
  }

  static List<String> documentedSources() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field f : Sources.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && !f.getName().equals("REPOSITORY")) {
        out.add((String) f.get(null));
      }
    }
    return out;
  }

  @Test
  void everyStepOfEveryKindOfServerNamesOneOfTheSourceDocuments() throws Exception {
    Runbook r = withProxy();
    List<String> known = new ArrayList<>(documentedSources());
    known.add("articles/site-recovery/replication-appliance-support-matrix.md");
    List<Step> steps = r.servers().stream().flatMap(s -> s.steps().stream()).toList();
    assertThat(steps).extracting(Step::kind).contains("requirements", "proxy-change");
    assertThat(steps).allSatisfy(s -> assertThat(known).contains(s.source()));
    String text = RunbookMarkdownWriter.toText(r);
    int checkboxes = text.split("\n- \\[ \\] ", -1).length - 1;
    int sources = text.split("\n  Source: MicrosoftDocs/azure-docs ", -1).length - 1;
    assertThat(checkboxes).isEqualTo(steps.size()).isEqualTo(sources);
  }

  @Test
  void theRequirementsComeFromTheRequirementsTableWithTheServersDataPort() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), new RunbookOptions(9433, false, false));
    Step s = step(r, "ps-1", "requirements");
    assertThat(s.source()).isEqualTo(Sources.REQUIREMENTS);
    assertThat(s.notes())
        .containsExactly(
            RunbookText.OPERATING_SYSTEM, RunbookText.network(9433), RunbookText.INTERNET_ACCESS);
  }

  @Test
  void changingTheProxyReadsThePasswordFromAPromptAsASecureString() {
    Step s = step(withProxy(), "ps-1", "proxy-change");
    assertThat(s.source()).isEqualTo(Sources.MANAGE_PS);
    List<String> lines = s.commands().stream().map(Command::toLine).toList();
    assertThat(lines)
        .containsExactly(
            "$proxyPassword = Read-Host -AsSecureString -Prompt 'Proxy password of ps-1'",
            "Set-OBMachineSetting -ProxyServer http://10.0.0.9 -ProxyPort 8080 -ProxyUserName"
                + " asr -ProxyPassword $proxyPassword",
            "net stop obengine",
            "net start obengine",
            "cdpcli.exe --registermt",
            "net stop obengine",
            "net start obengine");
    assertThat(s.commands().subList(0, 4))
        .extracting(Command::shell)
        .containsOnly(Command.Shell.POWERSHELL);
    assertThat(s.commands().get(4).shell()).isEqualTo(Command.Shell.CMD);
    assertThat(s.commands().get(4).workingDirectory()).isEqualTo("%PROGRAMDATA%\\ASR\\Agent");
    assertThat(String.join("\n", lines))
        .doesNotContain("ConvertTo-SecureString", "<proxy password");
  }

  @Test
  void aProxyWithoutAuthenticationAsksForNoPassword() {
    Runbook r =
        Runbooks.of(
            deployment(CS, PS1),
            Map.of(
                "ps-1", ps("ps-1", "D:\\", "9.54.0.0", new Proxy("10.0.0.9", 3128, false, null))),
            RunbookOptions.defaults());
    List<String> lines =
        step(r, "ps-1", "proxy-change").commands().stream().map(Command::toLine).toList();
    assertThat(lines.get(0))
        .isEqualTo("Set-OBMachineSetting -ProxyServer http://10.0.0.9 -ProxyPort 3128");
    assertThat(String.join("\n", lines)).doesNotContain("Read-Host", "ProxyPassword");
  }

  @Test
  void aServerWithoutAProxyHasNoProxyChange() {
    Runbook r = Runbooks.of(deployment(CS, PS1), Map.of(), RunbookOptions.defaults());
    assertThat(r.servers().get(1).steps()).extracting(Step::kind).doesNotContain("proxy-change");
  }

  @Test
  void aProcessServerIsDecommissionedByTheSeedDocumentAConfigurationServerByItsOwn() {
    Runbook r = withProxy();
    Step ps = step(r, "ps-1", "decommission");
    assertThat(ps.source()).isEqualTo(Sources.SCALE_OUT_2017);
    assertThat(ps.notes()).contains(ServerSteps.uninstall("ps-1"));
    Step cs = step(r, "cs-1", "decommission");
    assertThat(cs.source()).isEqualTo(Sources.MANAGE_CS);
    assertThat(String.join(" ", cs.notes())).contains("Disable protection", "select Delete");
  }

  @Test
  void powerShellWordsAreQuotedOnlyWhenTheyNeedIt() {
    assertThat(Quoting.powershellWord("$proxyPassword")).isEqualTo("$proxyPassword");
    assertThat(Quoting.powershellWord("-ProxyPort")).isEqualTo("-ProxyPort");
    assertThat(Quoting.powershellWord("domain\\user")).isEqualTo("domain\\user");
    assertThat(Quoting.powershellWord("it's here")).isEqualTo("'it''s here'");
    assertThat(Quoting.powershellWord("$(calc)")).isEqualTo("'$(calc)'");
  }
}
