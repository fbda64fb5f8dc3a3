package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asrsizing.format.PlanXlsxWriter;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * docs/outputs/ has a page per output format with a sample the docs tests run, and its table of
 * workbook sheets matches the sheets and header rows of a real workbook.
 */
class OutputPagesTest {

  private static final Path OUTPUTS = Markdown.root().resolve("docs/outputs");

  @Test
  void everyOutputFormatHasAPageWithACheckedSample() throws IOException {
    for (String format : List.of("table", "json", "csv", "markdown", "xlsx", "html")) {
      Path page = OUTPUTS.resolve(format + ".md");
      assertThat(page).as(format).exists();
      assertThat(Markdown.blocks(page))
          .as(format)
          .anySatisfy(
              b -> {
                assertThat(b.info()).isEqualTo("console");
                assertThat(b.lines().get(0)).startsWith("$ ./sizing plan ");
              });
    }
  }

  @Test
  void theDocumentedSheetsAreTheWorkbooksSheetsWithTheirHeaders() throws IOException {
    Markdown.Table table =
        Markdown.tables(OUTPUTS.resolve("xlsx.md")).stream()
            .filter(t -> t.marker().equals("xlsx sheets"))
            .findFirst()
            .orElseThrow();
    byte[] xlsx =
        PlanXlsxWriter.toBytes(
            Planner.plan(
                Workload.aggregate(3, 30),
                CatalogLoader.builtIn("asr-classic"),
                PlanOptions.defaults()));
    List<String> documented = table.rows().stream().map(r -> r.get(0)).toList();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(documented)
          .containsExactlyElementsOf(sheets.stream().map(Sheet::getName).toList());
      for (int i = 0; i < sheets.size(); i++) {
        List<String> header = header(sheets.get(i).read().get(0));
        List<String> columns = Arrays.asList(table.rows().get(i).get(2).split(";")[0].split(", "));
        assertThat(columns.subList(0, header.size())).as(sheets.get(i).getName()).isEqualTo(header);
      }
    }
  }

  @Test
  void theOutputsIndexIsLinkedFromTheGuide() throws IOException {
    assertThat(Files.readString(Markdown.root().resolve("docs/README.md")))
        .contains("(outputs/README.md)");
  }

  private static List<String> header(Row row) {
    List<String> cells = new ArrayList<>();
    for (Cell c : row) {
      if (c != null) {
        cells.add(c.asString());
      }
    }
    return cells;
  }
}
