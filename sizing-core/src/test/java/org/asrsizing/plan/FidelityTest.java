package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.junit.jupiter.api.Test;

class FidelityTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  private static final List<Fidelity.Check> CHECKS = Fidelity.of(CLASSIC);

  @Test
  void everyPublishedExampleIsReproducedOrItsDifferenceExplained() {
    assertThat(CHECKS)
        .allSatisfy(
            c -> {
              assertThat(c.verdict()).as(c.example()).doesNotContain("UNEXPECTED");
              assertThat(c.source()).as(c.example()).startsWith("MicrosoftDocs/azure-docs");
            });
  }

  @Test
  void the2017ExampleDiffersOnlyByTheManagementServerChoice() {
    Fidelity.Check up = CHECKS.get(0);
    assertThat(up.published()).contains("24 vCPU");
    assertThat(up.ours()).contains("= 20 vCPU").contains("2017 pairing 24 vCPU");
    assertThat(up.verdict()).contains("management-server-size");
    assertThat(CHECKS.get(1).published()).contains("28 vCPU");
    assertThat(CHECKS.get(1).ours()).contains(": 28 vCPU");
  }

  @Test
  void everyTierEdgeOfBothTablesIsChecked() {
    int tiers = CLASSIC.configurationServerTiers().size() + CLASSIC.processServerTiers().size();
    assertThat(CHECKS.stream().filter(c -> c.example().contains(" at its bounds")))
        .hasSize(tiers)
        .allMatch(Fidelity.Check::same);
    assertThat(CHECKS.stream().filter(c -> c.example().contains("one machine more")))
        .hasSize(tiers)
        .allMatch(Fidelity.Check::same);
  }

  @Test
  void thePerDiskTableSaysWhereThePageRoundsDown() {
    List<Fidelity.Check> disks =
        CHECKS.stream().filter(c -> c.example().startsWith("per-disk churn")).toList();
    assertThat(disks).hasSize(CLASSIC.diskChurnLimits().size());
    assertThat(disks)
        .filteredOn(c -> c.published().startsWith("4 MB/s"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.ours()).contains("337.5");
              assertThat(c.verdict()).contains("rounds down").contains("disk-churn-per-day");
            });
  }
}
