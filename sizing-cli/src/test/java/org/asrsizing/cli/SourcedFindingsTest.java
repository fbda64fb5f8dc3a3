package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Rule;
import org.junit.jupiter.api.Test;

/**
 * The sourced-finding invariant: every finding the suite's outputs hold (every golden JSON, every
 * JSON of the docs examples, and plans made here at the edges of both bundled catalogs) names a
 * rule of the registry, a severity, and a source: a document and date, or "assumption" and where it
 * is set.
 */
class SourcedFindingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SEVERITIES = Set.of("INFO", "WARNING", "ERROR");

  /** Every finding object below {@code node}, found by the name of the array that holds it. */
  static List<JsonNode> findings(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("findings") && e.getValue().isArray()) {
                  e.getValue().forEach(out::add);
                }
                collect(e.getValue(), out);
              });
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }

  /** What is wrong with {@code finding}, or an empty list. */
  static List<String> problems(JsonNode finding) {
    List<String> problems = new ArrayList<>();
    String rule = finding.path("rule").asText("");
    if (Rule.ofId(rule).isEmpty()) {
      problems.add("rule '" + rule + "' is not in the registry");
    }
    if (!SEVERITIES.contains(finding.path("severity").asText(""))) {
      problems.add("severity '" + finding.path("severity").asText("") + "' is not one of ours");
    }
    String source = finding.path("source").asText("");
    if (source.isBlank()) {
      problems.add("no source");
    } else if (!source.startsWith("assumption (")
        && !source.matches(".*\\S \\(\\d{4}(-\\d\\d){0,2}\\)")) {
      problems.add("source '" + source + "' is neither a document with its date nor an assumption");
    }
    return problems;
  }

  private static void assertSourced(String where, JsonNode document) {
    for (JsonNode f : findings(document)) {
      assertThat(problems(f)).as(where + ": " + f).isEmpty();
    }
  }

  @Test
  void everyFindingOfEveryGoldenJsonIsSourced() throws IOException {
    int files = 0;
    try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "golden"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        // A golden file is the exit code on its first line, then what the command wrote.
        String text = Files.readString(p);
        assertSourced(p.toString(), JSON.readTree(text.substring(text.indexOf('\n') + 1)));
        files++;
      }
    }
    assertThat(files).isGreaterThan(30);
  }

  @Test
  void everyFindingOfTheDocsExamplesIsSourced() throws IOException {
    Path examples = Path.of("..", "docs", "examples");
    int count = 0;
    try (Stream<Path> s = Files.walk(examples)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        if (p.getFileName().toString().startsWith("broken-")) {
          continue; // an invalid catalog, to show the error; it holds no findings
        }
        JsonNode doc = JSON.readTree(p.toFile());
        assertSourced(p.toString(), doc);
        count += findings(doc).size();
      }
    }
    assertThat(count).isGreaterThan(0);
  }

  @Test
  void everyFindingOfPlansAtTheCatalogsEdgesIsSourced() throws IOException {
    for (String id : List.of("asr-classic", "asr-modernized")) {
      Catalog c = CatalogLoader.builtIn(id);
      List<Tier> tiers = new ArrayList<>(c.configurationServerTiers());
      tiers.addAll(c.processServerTiers());
      for (Tier t : tiers) {
        for (int extra : new int[] {0, 1}) {
          String machines = String.valueOf(t.maxMachines() + extra);
          String churn = (t.maxChurnGiBPerDay() + extra) + "GiB";
          Run r =
              Run.of(
                  "plan",
                  "--machines",
                  machines,
                  "--churn",
                  churn,
                  "--catalog",
                  id,
                  "--format",
                  "json");
          assertSourced(id + " " + machines + " " + churn, JSON.readTree(r.out()));
          assertThat(findings(JSON.readTree(r.out()))).isNotEmpty();
        }
      }
    }
    Run r = Run.of("plan", "--example", "--cs-limit", "700", "--growth", "30", "--format", "json");
    assertSourced("--cs-limit 700", JSON.readTree(r.out()));
  }

  @Test
  void theCheckFailsOnAFindingWithoutSourceOrWithAnUnknownRule() throws IOException {
    JsonNode doc =
        JSON.readTree(
            "{\"x\": {\"findings\": [{\"rule\": \"lower-bound\", \"severity\": \"INFO\","
                + " \"message\": \"m\", \"source\": \"\"}, {\"rule\": \"nope\", \"severity\":"
                + " \"LOUD\", \"message\": \"m\", \"source\": \"convention\"}]}}");
    List<JsonNode> found = findings(doc);
    assertThat(found).hasSize(2);
    assertThat(problems(found.get(0))).containsExactly("no source");
    assertThat(problems(found.get(1))).hasSize(3);
  }
}
