package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

class PlanTableWriterTest {

  private static Plan plan(int machines, double churn, String catalog) {
    return Planner.plan(
        Workload.aggregate(machines, churn),
        CatalogLoader.builtIn(catalog),
        PlanOptions.defaults());
  }

  @Test
  void headerStatesCatalogOptionsAndUnits() {
    String text = PlanTableWriter.toText(plan(220, 1536, "asr-classic"));

    assertThat(text)
        .contains("\nAssumptions\n  catalog:    asr-classic 2021.1\n")
        .contains("growth:     0 %   headroom: 0 %   prefer: fewest vCPUs first")
        .contains("units:      binary");
  }

  @Test
  void theSummaryComesFirstWithWhatToBuyTheBoundAndTheRisks() {
    String text = PlanTableWriter.toText(plan(220, 1536, "asr-classic"));

    assertThat(text)
        .startsWith(
            "ASR sizing plan\n"
                + "  servers:     1 x management configuration server + 1 x large process server\n"
                + "  total:       20 vCPU, 40 GiB RAM, 1624 GiB cache disk\n"
                + "  lower bound: 20 vCPU; this plan uses 20 vCPU (gap 0 vCPU, 0 %)\n"
                + "  risks:       none\n");
  }

  @Test
  void utilisationIsMeasuredAgainstThePublishedLimitAndHeadroomHasItsOwnColumn() {
    Plan plan =
        Planner.plan(
            Workload.aggregate(180, 1000),
            CatalogLoader.builtIn("asr-classic"),
            PlanOptions.defaults().withHeadroomPercent(20));
    String text =
        PlanTableWriter.toText(
            plan, new PlanReportOptions(CatalogLoader.builtIn("asr-classic"), false));

    // 180 machines on a large process server (225 published, 180 planned): 80 %, not 100 %.
    assertThat(text)
        .contains("util %  headroom %")
        .containsPattern("(?m)^  ps-1 .* 180 +1000 +80 +20  machines and churn$");
  }

  @Test
  void withoutTheCatalogUtilisationIsNotShown() {
    String text = PlanTableWriter.toText(plan(220, 1536, "asr-classic"));

    assertThat(text).containsPattern("(?m)^  ps-1 .* 1536 +- +-  machines and churn$");
  }

  @Test
  void machinesLeftOutAreCountedByReasonUnlessListed() {
    Plan plan =
        plan(20, 200, "asr-classic")
            .withFindingsFirst(
                java.util.List.of(
                    leftOut("inventory-excluded", "a.csv line 2 (old1) left out: a template"),
                    leftOut("inventory-excluded", "a.csv line 3 (old2) left out: a template"),
                    leftOut("inventory-skipped", "a.csv line 4 left out: no name")));

    String counted = PlanTableWriter.toText(plan);
    String listed = PlanTableWriter.toText(plan, new PlanReportOptions(null, true));

    assertThat(counted)
        .contains("  left out:    2 machines left out of the inventory, 1 invalid row skipped\n")
        .contains("Left out of the inventory (counted by reason)\n")
        .containsPattern("(?m)^      2  machines left out  a template$")
        .containsPattern("(?m)^      1  row skipped +no name$")
        .doesNotContain("old1");
    assertThat(listed).contains("(old1)", "(old2)").doesNotContain("counted by reason");
  }

  private static org.asrsizing.model.Finding leftOut(String rule, String message) {
    return new org.asrsizing.model.Finding(
        org.asrsizing.model.Rule.ofId(rule).orElseThrow(),
        org.asrsizing.model.Severity.INFO,
        message,
        "");
  }

  @Test
  void listsEachProcessServerUnderItsConfigurationServerAndTotalsThem() {
    String text = PlanTableWriter.toText(plan(500, 3072, "asr-classic"));

    assertThat(text)
        .containsPattern("(?m)^  cs-1 .*management .*\\n  ps-1 .* cs-1 ")
        .containsPattern("(?m)^  total  4 servers +36 +64 +2824 +500 +3072$");
  }

  @Test
  void showsUnplacedMachinesWithTheirReason() {
    String text = PlanTableWriter.toText(plan(1, 3072, "asr-classic"));

    assertThat(text)
        .contains("INFEASIBLE")
        .contains("Unplaced machines (cannot be protected)")
        .containsPattern("(?m)^  vm-0000001 +3072  changes 3072 GiB/day");
  }

  @Test
  void showsTheAlternativeWithItsTotals() {
    String text = PlanTableWriter.toText(plan(250, 307.2, "asr-classic"));

    assertThat(text)
        .contains("Alternative (fewest servers first, --prefer servers): ")
        .containsPattern("  total: \\d+ servers, \\d+ vCPU, \\d+ GiB RAM, \\d+ GiB cache disk");
  }

  @Test
  void namesAppliancesForTheModernizedCatalogWithoutListingMachineNames() {
    String text = PlanTableWriter.toText(plan(300, 2048, "asr-modernized"));

    assertThat(text).contains("appliance").doesNotContain("vm-0000001");
  }
}
