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
        .startsWith("ASR sizing plan\n  catalog:    asr-classic 2021.1\n")
        .contains("growth:     0 %   headroom: 0 %   prefer: fewest vCPUs first")
        .contains("units:      binary");
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
