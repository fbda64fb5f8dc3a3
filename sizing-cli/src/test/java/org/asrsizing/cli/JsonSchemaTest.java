package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas shipped in sizing-core ({@code org/asrsizing/schemas/}, read here from the class
 * path as the jar ships them) describe every JSON the tool writes and every example input in docs.
 *
 * <p>Outputs: every golden output of {@link GoldenOutputTest} stored in full ({@code NAME.json}:
 * {@code exit N}, stdout, then stderr) is validated against the schema of its command. Goldens
 * stored only as {@code NAME.sha256} (outputs over 200 KB) have no text to validate and are
 * skipped; the same commands on smaller inputs are covered. Outputs no golden covers ({@code
 * tiers}, {@code runbook}, {@code --save-deployment}, a plan with alternatives, ...) are produced
 * here.
 */
class JsonSchemaTest {

  private static final String BASE = "https://asr-sizing.org/schemas/0.1/";
  private static final Path SOURCES =
      Path.of("..", "sizing-core", "src", "main", "resources", "org", "asrsizing", "schemas");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path DOCS = Path.of("..", "docs");
  private static final String EX = "../docs/examples";
  private static final List<String> KINDS =
      List.of(
          "plan",
          "rebalance",
          "whatif-timeline",
          "whatif-bandwidth",
          "whatif-montecarlo",
          "whatif-forecast",
          "whatif-compare",
          "whatif-sweep",
          "deployment",
          "inventory-native",
          "runbook-servers",
          "runbook",
          "scenarios",
          "catalog");

  /** Golden case name to command: the first command word after the prefix. */
  private static final Pattern COMMAND =
      Pattern.compile("-(plan|rebalance|health|drain|whatif-[a-z]+)");

  /** Example files under docs/ and the schemas they must satisfy. */
  private static final Map<String, List<String>> EXAMPLES = examples();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();

  private static Map<String, List<String>> examples() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("examples/inputs/machines.yaml", List.of("inventory-native"));
    m.put("examples/inputs/compat.yaml", List.of("inventory-native"));
    m.put("examples/operate/machines-now.yaml", List.of("inventory-native"));
    m.put("examples/operate/deployment.yaml", List.of("deployment"));
    m.put("examples/operate/after-drain.json", List.of("deployment"));
    m.put("examples/operate/timeline-month-24.json", List.of("deployment"));
    m.put("examples/operate/plan.json", List.of("plan", "deployment"));
    m.put("examples/operate/offices-plan.json", List.of("plan", "deployment"));
    m.put("examples/operate/drain.json", List.of("rebalance"));
    m.put("examples/runbook/plan.json", List.of("plan", "deployment"));
    m.put("examples/runbook/servers.yaml", List.of("runbook-servers"));
    m.put("examples/runbook/servers-newer-ps.yaml", List.of("runbook-servers"));
    m.put("examples/runbook/runbook-newer-ps.json", List.of("runbook"));
    m.put("examples/scenarios.yaml", List.of("scenarios"));
    m.put("examples/custom-catalog.yaml", List.of("catalog"));
    return m;
  }

  private static Schema schema(String kind) {
    return SCHEMAS.computeIfAbsent(
        kind,
        k -> {
          try (InputStream in = resource(k)) {
            return REGISTRY.getSchema(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static InputStream resource(String kind) {
    InputStream in =
        JsonSchemaTest.class.getResourceAsStream("/org/asrsizing/schemas/" + kind + ".schema.json");
    assertThat(in).as("schema %s on the class path", kind).isNotNull();
    return in;
  }

  private static List<String> errors(String kind, JsonNode doc) {
    return schema(kind).validate(doc).stream().map(Error::toString).toList();
  }

  private static void assertValid(String kind, JsonNode doc, String what) {
    assertThat(errors(kind, doc)).as("%s against %s.schema.json", what, kind).isEmpty();
  }

  private static JsonNode read(Path file) throws IOException {
    String name = file.getFileName().toString();
    return (name.endsWith(".json") ? JSON : YAML).readTree(file.toFile());
  }

  /** The stdout of a golden file: its first JSON value after the {@code exit N} line. */
  private static JsonNode goldenStdout(Path file) throws IOException {
    String text = Files.readString(file);
    return JSON.readTree(text.substring(text.indexOf('\n') + 1));
  }

  @Test
  void everySchemaIsValidDraft202012WithItsOwnUniqueId() throws IOException {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    Set<String> ids = new HashSet<>();
    for (String kind : KINDS) {
      JsonNode node;
      try (InputStream in = resource(kind)) {
        node = JSON.readTree(in);
      }
      assertThat(meta.validate(node)).as("%s against the 2020-12 meta-schema", kind).isEmpty();
      assertThat(node.path("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(node.path("$id").asText()).isEqualTo(BASE + kind + ".schema.json");
      assertThat(ids.add(node.path("$id").asText())).as("unique $id of %s", kind).isTrue();
      assertThat(node.path("title").asText()).as("title of %s", kind).isNotBlank();
      assertThat(undescribed(node, "#")).as("properties of %s without description", kind).isEmpty();
    }
  }

  @Test
  void theSchemaFolderHoldsExactlyTheKindsTested() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              KINDS.stream().map(k -> k + ".schema.json").toList());
    }
  }

  /** Paths of declared properties (in typed object schemas) that have no description. */
  private static List<String> undescribed(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && node.has("type")) {
        for (Map.Entry<String, JsonNode> p : props.properties()) {
          if (!p.getValue().has("description") && !p.getValue().has("$ref")) {
            out.add(path + "/" + p.getKey());
          }
        }
      }
      node.properties()
          .forEach(e -> out.addAll(undescribed(e.getValue(), path + "/" + e.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.addAll(undescribed(node.get(i), path + "/" + i));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenJsonOutputMatchesTheSchemaOfItsCommand() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Set<String> kindsSeen = new HashSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json")) {
          continue; // NAME.sha256: only a digest is stored
        }
        Matcher m = COMMAND.matcher(name);
        assertThat(m.find()).as("command of golden case %s", name).isTrue();
        String kind =
            switch (m.group(1)) {
              case "health", "drain" -> "rebalance";
              default -> m.group(1);
            };
        kindsSeen.add(kind);
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  JsonNode out = goldenStdout(file);
                  assertValid(kind, out, name);
                  if (kind.equals("plan")) {
                    // A saved plan is a deployment file.
                    assertValid("deployment", out, name);
                  }
                }));
      }
    }
    assertThat(kindsSeen).containsAll(KINDS.subList(0, 8));
    return tests.stream();
  }

  @Test
  void outputsNoGoldenCoversMatchTheirSchemas(@TempDir Path tmp) throws IOException {
    for (String catalog : List.of("asr-classic", "asr-modernized", EX + "/custom-catalog.yaml")) {
      assertValid("catalog", output("tiers", "--catalog", catalog, "--format", "json"), catalog);
    }
    assertValid(
        "runbook",
        output("runbook", "--deployment", EX + "/runbook/plan.json", "--format", "json"),
        "runbook of a plan");
    JsonNode runbook =
        output(
            "runbook",
            "--deployment",
            EX + "/runbook/plan.json",
            "--servers",
            EX + "/runbook/servers.yaml",
            "--format",
            "json");
    assertValid("runbook", runbook, "runbook with a servers file");
    assertValid(
        "runbook",
        output("runbook", "--deployment", EX + "/operate/deployment.yaml", "--format", "json"),
        "runbook of a hand-written deployment");

    Path saved = tmp.resolve("after.json");
    output(
        "health",
        "--deployment",
        EX + "/operate/plan.json",
        "--spare",
        "1",
        "--save-deployment",
        saved.toString(),
        "--format",
        "json");
    assertValid("deployment", read(saved), "--save-deployment of health --spare 1");

    JsonNode alternatives =
        output("plan", "--machines", "500", "--churn", "1TB", "--format", "json");
    assertThat(alternatives.path("alternatives").size()).isPositive();
    assertValid("plan", alternatives, "plan with an alternative");

    JsonNode noneHolds =
        output(
            "whatif",
            "montecarlo",
            "--machines",
            "400",
            "--churn",
            "400TB",
            "--trials",
            "50",
            "--format",
            "json");
    assertThat(noneHolds.path("holds").isNull()).isTrue();
    assertValid("whatif-montecarlo", noneHolds, "montecarlo where no plan holds");

    JsonNode noLink = output("whatif", "bandwidth", "--example", "--format", "json");
    assertThat(noLink.path("initialReplication").isNull()).isTrue();
    assertValid("whatif-bandwidth", noLink, "bandwidth without --bandwidth");

    JsonNode simulated =
        output(
            "whatif",
            "bandwidth",
            "--inventory",
            "../docs/examples/inputs/profile-3days.csv",
            "--bandwidth",
            "hub=50,branch=15",
            "--throttle",
            "08:00-18:00=40Mbps",
            "--machine-size",
            "200GB",
            "--format",
            "json");
    assertThat(simulated.path("rpo").path("series").asBoolean()).isTrue();
    assertValid("whatif-bandwidth", simulated, "bandwidth simulated from profiled write rates");
  }

  private static JsonNode output(String... args) throws IOException {
    Run run = Run.of(args);
    assertThat(run.err()).as("stderr of %s", String.join(" ", args)).isEmpty();
    return JSON.readTree(run.out());
  }

  @Test
  void everyExampleInputInDocsMatchesItsSchema() throws IOException {
    List<String> found;
    try (Stream<Path> files =
        Stream.concat(Files.walk(DOCS.resolve("examples")), Files.walk(DOCS.resolve("inputs")))) {
      found =
          files
              .map(p -> DOCS.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.matches(".*\\.(json|ya?ml)"))
              .toList();
    }
    // Every JSON or YAML file there is checked; broken-catalog.json is meant to be rejected.
    assertThat(found)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(EXAMPLES.keySet().stream(), Stream.of("examples/broken-catalog.json"))
                .toList());
    for (Map.Entry<String, List<String>> e : EXAMPLES.entrySet()) {
      JsonNode doc = read(DOCS.resolve(e.getKey()));
      for (String kind : e.getValue()) {
        assertValid(kind, doc, e.getKey());
      }
    }
    assertThat(errors("catalog", read(DOCS.resolve("examples/broken-catalog.json"))))
        .anyMatch(m -> m.contains("maxMachines"));
  }

  @Test
  void brokenDocumentsAreRejected() throws IOException {
    ObjectNode plan = (ObjectNode) goldenStdout(GOLDEN.resolve("example-plan-asr-classic.json"));
    assertThat(errors("plan", plan)).isEmpty();

    ObjectNode noSummary = plan.deepCopy();
    noSummary.remove("summary");
    assertThat(errors("plan", noSummary)).anyMatch(m -> m.contains("summary"));

    ObjectNode textVcpus = plan.deepCopy();
    ((ObjectNode) textVcpus.get("summary")).put("vcpus", "8");
    assertThat(errors("plan", textVcpus)).anyMatch(m -> m.contains("vcpus"));

    ObjectNode unknown = plan.deepCopy();
    unknown.put("comment", "not a plan field");
    assertThat(errors("plan", unknown)).anyMatch(m -> m.contains("comment"));

    ObjectNode badRole = plan.deepCopy();
    ((ObjectNode) badRole.get("configurationServers").get(0)).set("role", TextNode.valueOf("CS"));
    assertThat(errors("plan", badRole)).isNotEmpty();

    ObjectNode health = (ObjectNode) goldenStdout(GOLDEN.resolve("example-health-plan.json"));
    ((ObjectNode) health.get("servers").get(0)).put("health", "OK");
    assertThat(errors("rebalance", health)).anyMatch(m -> m.contains("health"));

    assertThat(errors("scenarios", yaml("scenarios: [{name: a, growth: 30}]")))
        .anyMatch(m -> m.contains("growth"));
    assertThat(errors("scenarios", yaml("scenarios: []"))).isNotEmpty();
    assertThat(errors("runbook-servers", yaml("servers: [{id: ps-1, psIp: 10.0.0.999}]")))
        .anyMatch(m -> m.contains("psIp"));
    assertThat(errors("runbook-servers", yaml("[{hostName: asr-ps1}]")))
        .anyMatch(m -> m.contains("id"));
    assertThat(errors("inventory-native", yaml("[{name: a, churn: 1TB, churnGiBPerDay: 5}]")))
        .isNotEmpty();
    assertThat(errors("inventory-native", yaml("machines: [{churnGiBPerDay: 5}]")))
        .anyMatch(m -> m.contains("name"));
    assertThat(errors("deployment", yaml("processServers: [{id: ps-1, tier: small, cpu: 8}]")))
        .anyMatch(m -> m.contains("cpu"));
    assertThat(errors("deployment", yaml("processServers: [{id: ps-1}]"))).isNotEmpty();
    assertThat(errors("deployment", yaml("catalog: asr-classic"))).isNotEmpty();
    assertThat(errors("deployment", yaml("processServers: [{id: ps-1, tier: small}]"))).isEmpty();
  }

  private static JsonNode yaml(String text) throws IOException {
    return YAML.readTree(text);
  }
}
