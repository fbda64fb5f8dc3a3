package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.io.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiersCommandTest {

  @Test
  void printsEveryTableOfTheClassicCatalogWithUnitsAndSources() {
    Run run = Run.of("tiers");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Catalog asr-classic 2021.1")
        .contains("Configuration servers")
        .contains("Scale-out process servers")
        .contains("Configuration server managing scale-out process servers")
        .contains("alternative (configuration server limit 650)")
        .doesNotContain("--cs-limit")
        .contains("Scale-out thresholds")
        .contains("Limits per source machine")
        .contains("Average churn per replicated disk")
        .contains("Process server health")
        .contains("RAM GiB  cache GiB  max churn GiB/day  max machines  source");
  }

  @Test
  void endsEveryDataRowWithADocumentAndDate() {
    String out = Run.of("tiers").out();
    String body = out.substring(0, out.indexOf("\nSources\n"));

    assertThat(
            body.lines()
                .filter(
                    l ->
                        l.startsWith("  ") && !l.startsWith("  units") && !l.startsWith("  bounds"))
                .filter(l -> l.matches("  \\S.*") && !l.contains("source"))
                .filter(l -> !l.startsWith("  Azure Site Recovery")))
        .isNotEmpty()
        .allMatch(
            l -> l.matches(".*\\.md \\(\\d{4}(-\\d\\d-\\d\\d)?\\)"), "ends with a document (date)");
  }

  @Test
  void printsTheApplianceForTheModernizedCatalog() {
    Run run = Run.of("tiers", "--catalog", "asr-modernized");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Replication appliances")
        .doesNotContain("Scale-out process servers");
  }

  @Test
  void writesJsonThatLoadsBackAsTheSameCatalog(@TempDir Path dir) throws Exception {
    for (String name : CatalogLoader.BUILT_IN) {
      Path file = dir.resolve(name + ".json");
      Run run = Run.of("tiers", "--catalog", name, "--format", "json", "--output", file.toString());

      assertThat(run.exitCode()).isZero();
      assertThat(Files.readString(file)).startsWith("{\n  \"schemaVersion\" : 1,");
      assertThat(CatalogLoader.fromFile(file)).isEqualTo(CatalogLoader.builtIn(name));
    }
  }
}
