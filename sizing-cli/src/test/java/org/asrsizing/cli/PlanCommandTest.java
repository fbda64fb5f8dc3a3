package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

  @Test
  void printsATableWithAssumptionsServersTotalsAndFindings() {
    Run run = Run.of("plan", "--machines", "500", "--churn", "3TB");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("catalog:    asr-classic 2021.1")
        .contains("growth:     0 %   headroom: 0 %   prefer: fewest vCPUs first")
        .contains("1 TiB = 1024 GiB")
        .contains("500 machines (aggregate")
        .contains(
            "vCPU  RAM GiB  cache GiB  machines  churn GiB/day  util %  headroom %  binding limit")
        .contains("lower bound: ")
        .contains("Findings")
        .contains("scale-out-threshold")
        .doesNotContain("vm-0000001");
    assertThat(run.out().lines().filter(l -> l.startsWith("  total "))).hasSize(1);
  }

  @Test
  void printsTheAlternativeWithItsTotalsWhenThePreferencesDisagree() {
    // Three small process servers use the fewest vCPUs; two medium ones are fewer servers.
    Run run = Run.of("plan", "--machines", "250", "--churn", "0.3TB");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Alternative (fewest servers first, --prefer servers): ");
    assertThat(run.out()).containsPattern("  total: \\d+ servers?, \\d+ vCPU, \\d+ GiB RAM");
  }

  @Test
  void writesThePlanAsJsonWithTheSchemaVersionFirst() throws Exception {
    Run run = Run.of("plan", "--machines", "220", "--churn", "1.5TB", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n  \"schemaVersion\" : 1,\n  \"summary\" : {");
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.at("/summary/machines").asInt()).isEqualTo(220);
    assertThat(plan.at("/summary/churnGiBPerDay").asDouble()).isEqualTo(1536.0);
    assertThat(plan.at("/assumptions/catalogId").asText()).isEqualTo("asr-classic");
    assertThat(plan.at("/processServers/0/assignedMachines")).hasSize(220);
  }

  @Test
  void writesTheSameJsonBytesOnEveryRun() {
    String[] args = {"plan", "--machines", "777", "--churn", "4.3TB", "--format", "json"};

    assertThat(Run.of(args).out()).isEqualTo(Run.of(args).out());
  }

  @Test
  void writesToTheOutputFileInsteadOfStdout(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.json");

    Run run = Run.of("plan", "--example", "--format", "json", "--output", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Run.of("plan", "--example", "--format", "json").out());
  }

  @Test
  void plansTheBundledExampleAsTheDocumentedAggregate() {
    Run example = Run.of("plan", "--example");

    assertThat(example.exitCode()).isZero();
    String aggregate = Run.of("plan", "--machines", "220", "--churn", "1.5TB").out();
    String published = "  INFO  guidance: this is the workload of the 2017 plan-capacity article";
    // The same plan, and one more finding: what the page the example comes from gave.
    assertThat(example.out())
        .startsWith(aggregate.substring(0, aggregate.indexOf("  INFO  planned")));
    assertThat(example.out().lines().filter(l -> !l.startsWith(published)))
        .containsSubsequence(aggregate.lines().toList());
    assertThat(example.out())
        .contains(published)
        .contains("(24 vCPU, scale-up)")
        .contains("(28 vCPU, scale-out)")
        .contains("site-recovery-plan-capacity-vmware.md (2017)");
  }

  @Test
  void describesTheBundledExampleInTheHelpAsItIs() {
    Example example = Example.load();

    assertThat(example.description()).isEqualTo(Example.DESCRIPTION);
    assertThat(example.machines()).isEqualTo(220);
    assertThat(SizeConverter.parse(example.churn())).isEqualTo(1536.0);
  }

  @Test
  void exitsWith3AndNamesTheMachineWhenThePlanIsInfeasible() {
    Run run = Run.of("plan", "--machines", "1", "--churn", "3TB");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("INFEASIBLE").contains("vm-0000001").contains("3072 GiB/day");
    assertThat(run.errLines())
        .containsExactly(
            "sizing: 1 of 1 machine cannot be protected (first: vm-0000001); the plan lists each"
                + " with its reason");
  }

  @Test
  void appliesGrowthHeadroomAndTheConfigurationServerLimit() {
    Run run =
        Run.of(
            "plan",
            "--machines",
            "800",
            "--churn",
            "6TB",
            "--growth",
            "30",
            "--headroom",
            "20",
            "--cs-limit",
            "650");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("growth:     30 %   headroom: 20 %")
        .contains("configuration server limit: 650 machines")
        .contains("1040 machines");
  }

  @Test
  void plansWithTheModernizedCatalogAsAppliances() {
    Run run = Run.of("plan", "--machines", "300", "--churn", "2TB", "--catalog", "asr-modernized");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("asr-modernized").contains("appliance");
  }

  @Test
  void readsACatalogFile(@TempDir Path dir) throws Exception {
    Path file = Catalogs.classicWith(dir, "\"version\": \"2021.1\"", "\"version\": \"mine-1\"");

    Run run = Run.of("plan", "--example", "--catalog", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("catalog:    asr-classic mine-1");
  }

  @Test
  void showsTheStackTraceOnlyWithDebug(@TempDir Path dir) throws Exception {
    Path file = Catalogs.classicWith(dir, "\"maxMachines\": 99", "\"maxMachines\": \"lots\"");

    Run quiet = Run.of("plan", "--example", "--catalog", file.toString());
    Run debug = Run.of("plan", "--example", "--catalog", file.toString(), "--debug");

    assertThat(quiet.errLines()).hasSize(1);
    assertThat(debug.exitCode()).isEqualTo(4);
    assertThat(debug.errLines().get(0)).isEqualTo(quiet.errLines().get(0));
    assertThat(debug.err()).contains("\tat org.asrsizing.io.CatalogLoader");
  }
}
