package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

class PlanJsonWriterTest {

  private static Plan plan(int machines, double churn) {
    return Planner.plan(
        Workload.aggregate(machines, churn),
        CatalogLoader.builtIn("asr-classic"),
        PlanOptions.defaults());
  }

  @Test
  void writesTheSchemaVersionFirstAndTheSummaryNext() throws Exception {
    JsonNode json = new ObjectMapper().readTree(PlanJsonWriter.toJson(plan(500, 3072)));

    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "schemaVersion",
            "summary",
            "configurationServers",
            "processServers",
            "unplaced",
            "findings",
            "alternatives",
            "assumptions");
  }

  @Test
  void writesTheUtilisationOfEveryServer() throws Exception {
    JsonNode ps =
        new ObjectMapper().readTree(PlanJsonWriter.toJson(plan(220, 1536))).at("/processServers/0");

    assertThat(ps.get("machineUtilisationPercent").asDouble()).isEqualTo(97.777778);
    assertThat(ps.get("churnUtilisationPercent").asDouble()).isEqualTo(75.0);
  }

  @Test
  void roundsAwayFloatingPointNoiseInSums() {
    // 500 machines of 6.144 GiB/day each add up to 3071.9999999999645 without rounding.
    String json = PlanJsonWriter.toJson(plan(500, 3072));

    assertThat(json).contains("\"churnGiBPerDay\" : 3072,").doesNotContain("3071.99");
  }

  @Test
  void writesTheSameBytesForTheSameInputWithUnixLineEnds() {
    String first = PlanJsonWriter.toJson(plan(777, 4403.2));

    assertThat(PlanJsonWriter.toJson(plan(777, 4403.2))).isEqualTo(first);
    assertThat(first).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void writesTheShortestPlainFormOfRoundedNumbers() {
    assertThat(Json.rounded(3071.9999999999645)).isEqualTo("3072");
    assertThat(Json.rounded(97.77777777)).isEqualTo("97.777778");
    assertThat(Json.rounded(1e-7)).isEqualTo("0");
    assertThat(Json.rounded(1e12)).isEqualTo("1000000000000");
  }
}
