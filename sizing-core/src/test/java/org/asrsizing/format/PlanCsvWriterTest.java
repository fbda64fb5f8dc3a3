package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

class PlanCsvWriterTest {

  private static List<Map<String, String>> rows(Plan plan) throws IOException {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(PlanCsvWriter.toCsv(plan))) {
      return it.readAll();
    }
  }

  @Test
  void theHeaderNamesEveryColumnWithItsUnit() {
    assertThat(PlanCsvWriter.toCsv(SamplePlans.small()).lines().findFirst())
        .hasValue(
            "machine,site,server,serverRole,configurationServer,tier,churnGiBPerDay,reason,"
                + "compatibility,compatibilityReasons");
  }

  @Test
  void everyRowCarriesItsCompatibilityVerdictAndEachReasonWithRuleAndSource() throws IOException {
    Machine legacy =
        Machine.of("legacy", 10)
            .withProfile(new MachineProfile("Microsoft Windows Server 2003 (32-bit)", List.of()));
    Machine busy =
        Machine.of("busy", 10)
            .withProfile(
                new MachineProfile(
                    "Microsoft Windows 11 (64-bit)", List.of(new Disk(100.0, 6.0, null, true))));
    // The api runs the compatibility checks; the planner alone does not.
    Plan plan =
        org.asrsizing.api.Sizing.plan(
            Workload.of(List.of(legacy, busy, Machine.of("plain", 10))),
            CatalogLoader.builtIn("asr-classic"),
            PlanOptions.defaults(),
            0);

    Map<String, Map<String, String>> byName = new java.util.HashMap<>();
    rows(plan).forEach(r -> byName.put(r.get("machine"), r));

    assertThat(byName.get("legacy"))
        .containsEntry("compatibility", "incompatible")
        .containsEntry("server", "");
    assertThat(byName.get("legacy").get("compatibilityReasons"))
        .startsWith("machine-os-unsupported: machine legacy runs")
        .endsWith("vmware-physical-azure-support-matrix.md (2026-04-06))");
    assertThat(byName.get("busy").get("compatibility")).isEqualTo("compatible-with-warnings");
    assertThat(byName.get("busy").get("compatibilityReasons").split(" \\| "))
        .hasSize(2)
        .anySatisfy(r -> assertThat(r).startsWith("machine-os-unrecognised: "))
        .anySatisfy(r -> assertThat(r).startsWith("disk-churn: "));
    assertThat(byName.get("plain"))
        .containsEntry("compatibility", "compatible")
        .containsEntry("compatibilityReasons", "");
  }

  @Test
  void everyMachineHasOneRowPlacedOrNot() throws IOException {
    Plan plan = SamplePlans.mixed();
    List<Map<String, String>> rows = rows(plan);

    assertThat(rows).hasSize(plan.summary().machines());
    assertThat(rows.stream().filter(r -> r.get("server").isEmpty()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("machine")).isEqualTo("huge-db");
              assertThat(r.get("site")).isEqualTo("lyon");
              assertThat(r.get("churnGiBPerDay")).isEqualTo("2500");
              assertThat(r.get("reason")).startsWith("changes 2500 GiB/day");
            });
  }

  @Test
  void processServerRowsNameTheirConfigurationServer() throws IOException {
    Plan plan = SamplePlans.withAlternative();
    PlannedServer ps = plan.processServers().get(0);

    assertThat(rows(plan))
        .filteredOn(r -> r.get("server").equals(ps.id()))
        .hasSize(ps.machines())
        .allSatisfy(
            r -> {
              assertThat(r.get("serverRole")).isEqualTo("PROCESS_SERVER");
              assertThat(r.get("configurationServer")).isEqualTo(ps.configurationServer());
              assertThat(r.get("tier")).isEqualTo(ps.tier());
              assertThat(r.get("churnGiBPerDay")).isEqualTo("1.2");
            });
  }

  @Test
  void aMachineNamedLikeAFormulaIsWrittenAsText() throws IOException {
    Plan plan =
        Planner.plan(
            Workload.of(List.of(Machine.of("=SUM(A1)", 10), Machine.of(SamplePlans.FORMULA, 5))),
            CatalogLoader.builtIn("asr-classic"),
            PlanOptions.defaults());

    assertThat(rows(plan))
        .extracting(r -> r.get("machine"))
        .containsExactly("'=SUM(A1)", "'" + SamplePlans.FORMULA);
  }

  @Test
  void quotesAndCommasAreQuotedByJacksonAndReadBack() throws IOException {
    assertThat(rows(SamplePlans.mixed()))
        .extracting(r -> r.get("machine"))
        .contains("comma, \"quoted\"", "pipe|name");
  }

  @Test
  void theSamePlanGivesTheSameBytesWithUnixLineEnds() {
    String first = PlanCsvWriter.toCsv(SamplePlans.mixed());

    assertThat(PlanCsvWriter.toCsv(SamplePlans.mixed())).isEqualTo(first);
    assertThat(first).doesNotContain("\r\n").endsWith("\n");
  }
}
