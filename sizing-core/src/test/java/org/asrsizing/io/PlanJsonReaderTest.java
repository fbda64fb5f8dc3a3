package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.asrsizing.format.PlanCsvWriter;
import org.asrsizing.format.PlanJsonWriter;
import org.asrsizing.format.SamplePlans;
import org.asrsizing.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanJsonReaderTest {

  static Stream<SamplePlans.Named> plans() {
    return SamplePlans.all().stream();
  }

  private static Plan readBack(Plan plan) {
    byte[] json = PlanJsonWriter.toJson(plan).getBytes(StandardCharsets.UTF_8);
    return PlanJsonReader.read(new ByteArrayInputStream(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void aWrittenPlanReadsBackEqualToTheJsonPrecisionOfSixDecimals(SamplePlans.Named sample) {
    Plan back = readBack(sample.plan());

    assertThat(back)
        .usingRecursiveComparison()
        .withComparatorForType(
            Comparator.comparingDouble((Double d) -> Math.round(d * 1e6)), Double.class)
        .isEqualTo(sample.plan());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void aPlanReadBackWritesTheSameBytes(SamplePlans.Named sample) {
    String json = PlanJsonWriter.toJson(sample.plan());

    assertThat(PlanJsonWriter.toJson(readBack(sample.plan()))).isEqualTo(json);
  }

  @Test
  void planWhoseNumbersNeedNoRoundingReadBackEqual() {
    // Churns of whole GiB and a gap of 0 %: nothing is lost to the six decimals.
    for (Plan plan :
        new Plan[] {SamplePlans.small(), SamplePlans.scaleOut(), SamplePlans.mixed()}) {
      assertThat(readBack(plan)).isEqualTo(plan);
    }
  }

  @Test
  void multiSiteUnplacedAndAlternativeSurviveTheRoundTrip() {
    Plan mixed = readBack(SamplePlans.mixed());
    Plan alternative = readBack(SamplePlans.withAlternative());

    assertThat(mixed.summary().sites()).isEqualTo(2);
    assertThat(mixed.unplaced())
        .singleElement()
        .satisfies(u -> assertThat(u.site()).isEqualTo("lyon"));
    assertThat(mixed.feasible()).isFalse();
    assertThat(alternative.alternatives()).hasSize(1);
    assertThat(alternative.processServers().get(0).assignedChurnGiBPerDay()).hasSize(84);
  }

  @Test
  void readsAPlanFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, PlanJsonWriter.toJson(SamplePlans.mixed()));

    assertThat(PlanJsonReader.read(file)).isEqualTo(SamplePlans.mixed());
  }

  @Test
  void aPlanWithoutTheNewerPerMachineFieldsStillReads() {
    String json =
        PlanJsonWriter.toJson(SamplePlans.mixed())
            .replaceAll("(?s),\\s*\"assignedChurnGiBPerDay\" : \\[[^\\]]*\\]", "")
            .replaceAll(
                "\"site\" : \"lyon\",\\s*\"churnGiBPerDay\" : 2500", "\"churnGiBPerDay\" : 2500");

    Plan plan =
        PlanJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(plan.configurationServers().get(0).assignedChurnGiBPerDay()).isEmpty();
    assertThat(plan.unplaced().get(0).site()).isNull();
    assertThat(PlanCsvWriter.toCsv(plan)).contains("\nhuge-db,,,,,,2500,");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> PlanJsonReader.read(Path.of("no-such-plan.json")))
        .isInstanceOf(PlanReadException.class)
        .hasMessage("plan file no-such-plan.json does not exist");
  }

  @Test
  void brokenJsonIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> read("{\n  \"schemaVersion\" : 1,\n  \"summary\" : [ \n"))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("plan line 4 column 1 is not valid JSON: ");
  }

  @Test
  void aFileWithoutSchemaVersionIsNotAPlan() {
    assertThatThrownBy(() -> read("{\"machines\": 3}"))
        .hasMessage("plan has no schemaVersion; it is not a saved plan");
  }

  @Test
  void aNewerSchemaVersionIsRefused() {
    assertThatThrownBy(() -> read("{\"schemaVersion\": 2}"))
        .hasMessage("plan has schemaVersion 2; this version of asr-sizing reads schemaVersion 1");
  }

  @Test
  void aFieldOfTheWrongTypeIsNamedWithItsPath() {
    String json =
        PlanJsonWriter.toJson(SamplePlans.small())
            .replace("\"vcpus\" : 8,", "\"vcpus\" : \"eight\",");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("field 'summary.vcpus' is missing or has the wrong type or value");
  }

  @Test
  void aMissingListIsReportedNotDropped() {
    String json = "{\"schemaVersion\": 1, \"summary\": null}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("plan line 1 column ")
        .hasMessageContaining("is missing or has the wrong type or value");
  }

  private static Plan read(String json) {
    return PlanJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
