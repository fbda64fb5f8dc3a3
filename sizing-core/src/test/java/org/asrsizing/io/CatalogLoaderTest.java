package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.CatalogException;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoaderTest {

  @TempDir Path dir;

  private static String classicJson() throws IOException {
    try (InputStream in =
        CatalogLoader.class.getResourceAsStream("/org/asrsizing/catalog/asr-classic.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void theClassicCatalogHasTheTwoPublishedTablesAndTheThresholds() {
    Catalog c = CatalogLoader.builtIn("asr-classic");
    assertThat(c.configurationServerTiers())
        .extracting(Tier::name, Tier::vcpus, Tier::memoryGiB, Tier::cacheDiskGiB, Tier::maxMachines)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("small", 8, 16, 300, 99),
            org.assertj.core.groups.Tuple.tuple("medium", 12, 18, 600, 150),
            org.assertj.core.groups.Tuple.tuple("large", 16, 32, 1024, 200));
    assertThat(c.processServerTiers())
        .extracting(Tier::maxChurnGiBPerDay)
        .containsExactly(250.0, 1024.0, 2048.0);
    assertThat(c.scaleOut().maxMachines()).isEqualTo(200);
    assertThat(c.scaleOut().maxChurnGiBPerDay()).isEqualTo(2048.0);
    assertThat(c.managementServer().maxMachines()).isEqualTo(550);
    assertThat(c.managementServer().alternatives())
        .extracting(ManagementServer.Alternative::maxMachines)
        .containsExactly(650);
    assertThat(c.machineLimits().maxChurnGiBPerDay()).isEqualTo(2048.0);
    assertThat(c.cite("plan-capacity-2021"))
        .isEqualTo(
            "MicrosoftDocs/azure-docs articles/site-recovery/site-recovery-plan-capacity-vmware.md (2021)");
  }

  @Test
  void everyTierAndLimitNamesAListedSourceWithADate() {
    for (String name : CatalogLoader.BUILT_IN) {
      Catalog c = CatalogLoader.builtIn(name);
      c.configurationServerTiers().forEach(t -> assertThat(c.source(t.source())).isPresent());
      c.processServerTiers().forEach(t -> assertThat(c.source(t.source())).isPresent());
      assertThat(c.sources())
          .allSatisfy(s -> assertThat(s.date()).matches("\\d{4}(-\\d{2}-\\d{2})?"));
    }
  }

  @Test
  void theModernizedCatalogHasOneApplianceAndNoScaleOutProcessServers() {
    Catalog c = CatalogLoader.builtIn("asr-modernized");
    assertThat(c.configurationServerTiers())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.vcpus()).isEqualTo(16);
              assertThat(t.maxMachines()).isEqualTo(200);
              assertThat(t.maxChurnGiBPerDay()).isEqualTo(2048.0);
            });
    assertThat(c.hasScaleOutProcessServers()).isFalse();
    assertThat(c.managementServer()).isNull();
  }

  @Test
  void aCopyOfTheClassicCatalogLoadsFromJsonAndFromYaml() throws IOException {
    Catalog json = CatalogLoader.load(write("mine.json", classicJson()).toString());
    assertThat(json).isEqualTo(CatalogLoader.builtIn("asr-classic"));
    String yaml =
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(classicJson()));
    assertThat(CatalogLoader.load(write("mine.yaml", yaml).toString())).isEqualTo(json);
  }

  @Test
  void anUnknownCatalogNameIsRejectedNamingTheBuiltIns() {
    assertThatThrownBy(() -> CatalogLoader.load("asr-nope"))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            "catalog 'asr-nope' is neither a built-in catalog (asr-classic, asr-modernized) nor an"
                + " existing file");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a negative limit|\"maxMachines\": 85|\"maxMachines\": -85|field 'processServerTiers[0].maxMachines' must be a number greater than 0",
        "a missing tier field|\"vcpus\": 4, |'' |field 'processServerTiers[0].vcpus'",
        "tiers out of order|\"maxChurnGiBPerDay\": 250,|\"maxChurnGiBPerDay\": 2500,|field 'processServerTiers[1]' is out of order",
        "an unknown source|\"source\": \"scale-out-ps-2017\"}|\"source\": \"blog\"}|names the source 'blog', which is not listed",
        "an unknown field|\"schemaVersion\": 1,|\"schemaVersion\": 1, \"colour\": 1,|unknown field 'colour'",
        "a threshold above the largest tier|\"scaleOut\": {\"maxMachines\": 200|\"scaleOut\": {\"maxMachines\": 300|field 'scaleOut.maxMachines' must not exceed",
        "a wrong type|\"vcpus\": 4,|\"vcpus\": \"four\",|field 'processServerTiers[0].vcpus' has the value 'four'; expected a whole number",
      })
  void aBrokenCatalogIsRejectedInOneSentenceNamingTheField(
      String what, String from, String to, String expected) throws IOException {
    String broken =
        classicJson()
            .replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(broken).isNotEqualTo(classicJson());
    Path file = write("broken.json", broken);
    assertThatThrownBy(() -> CatalogLoader.load(file.toString()))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("catalog " + file)
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void malformedJsonIsRejectedWithLineAndColumn() throws IOException {
    Path file = write("bad.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \n}");
    assertThatThrownBy(() -> CatalogLoader.load(file.toString()))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("catalog " + file + " line 4 column")
        .hasMessageContaining("is not valid JSON");
  }
}
