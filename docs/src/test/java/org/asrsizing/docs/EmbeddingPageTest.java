package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.asrsizing.api.Sizing;
import org.asrsizing.docs.embedding.WritePlan;
import org.asrsizing.format.PlanJsonWriter;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/embedding.md shows the Java files of {@code org.asrsizing.docs.embedding} verbatim (after
 * their package line), and what each prints: every {@code <!-- example: Name -->} block is the
 * file, every {@code <!-- output: Name -->} block what its {@code main} prints when run here.
 */
class EmbeddingPageTest {

  private static final Path PAGE = Markdown.root().resolve("docs/embedding.md");
  private static final Path SOURCES =
      Markdown.root().resolve("docs/src/test/java/org/asrsizing/docs/embedding");

  @TempDir Path out;

  @Test
  void everyExampleOnThePageIsItsFileVerbatim() throws IOException {
    List<String> shown = marked("example");
    assertThat(shown).isNotEmpty();
    for (String name : shown) {
      String file = Files.readString(SOURCES.resolve(name + ".java"), StandardCharsets.UTF_8);
      String withoutPackage = file.substring(file.indexOf("\n\n") + 2);
      assertThat(block("example", name)).as(name).isEqualTo(withoutPackage);
    }
  }

  @Test
  void everyExampleFileIsOnThePage() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(SOURCES)) {
      list.map(p -> p.getFileName().toString().replace(".java", "")).sorted().forEach(files::add);
    }
    assertThat(marked("example")).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void everyExamplePrintsWhatThePageShows() throws Exception {
    List<String> outputs = marked("output");
    assertThat(outputs).containsExactlyInAnyOrderElementsOf(marked("example"));
    for (String name : outputs) {
      assertThat(run(name, out.toString())).as(name).isEqualTo(block("output", name));
    }
  }

  @Test
  void theWrittenPlanIsTheJsonOfTheCommandAndAWorkbookWithItsSheets() throws Exception {
    WritePlan.main(new String[] {out.toString()});

    String json = Files.readString(out.resolve("plan.json"), StandardCharsets.UTF_8);
    Plan plan =
        Sizing.plan(
            Workload.aggregate(220, 1536),
            Sizing.catalog("asr-classic"),
            PlanOptions.defaults(),
            0);
    assertThat(json).isEqualTo(PlanJsonWriter.toJson(plan));
    assertThat(json).contains("\"processServers\"");
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("plan.xlsx").toFile())) {
      assertThat(wb.getSheets().map(Sheet::getName)).contains("Summary", "Servers", "Findings");
    }
  }

  private static String run(String name, String folder) throws Exception {
    Method main =
        Class.forName("org.asrsizing.docs.embedding." + name).getMethod("main", String[].class);
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.invoke(null, (Object) new String[] {folder});
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The names after every {@code <!-- kind: Name -->} marker, in page order. */
  private static List<String> marked(String kind) throws IOException {
    String prefix = "<!-- " + kind + ": ";
    return Markdown.lines(PAGE).stream()
        .filter(l -> l.startsWith(prefix) && l.endsWith(" -->"))
        .map(l -> l.substring(prefix.length(), l.length() - 4).strip())
        .toList();
  }

  /** The fenced block right after the marker, with a line end after each line. */
  private static String block(String kind, String name) throws IOException {
    List<String> lines = Markdown.lines(PAGE);
    int marker = lines.indexOf("<!-- " + kind + ": " + name + " -->");
    assertThat(lines.get(marker + 1)).as("fence after " + name).startsWith("```");
    StringBuilder sb = new StringBuilder();
    for (int i = marker + 2; !lines.get(i).equals("```"); i++) {
      sb.append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }
}
