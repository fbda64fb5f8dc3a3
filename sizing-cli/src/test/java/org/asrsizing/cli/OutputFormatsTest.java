package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asrsizing.api.Sizing;
import org.asrsizing.format.PlanCsvWriter;
import org.asrsizing.format.PlanMarkdownWriter;
import org.asrsizing.format.PlanReportOptions;
import org.asrsizing.format.PlanXlsxWriter;
import org.asrsizing.format.WorkbookCover;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.io.PlanJsonReader;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFormatsTest {

  /** The plan the command line makes: the library's entry point, with its findings. */
  private static final Plan TWENTY =
      Sizing.plan(
          Workload.aggregate(20, 200),
          CatalogLoader.builtIn("asr-classic"),
          PlanOptions.defaults(),
          0);

  @Test
  void csvGoesToStdoutAsTheLibraryWritesIt() {
    Run run = Run.of("plan", "--machines", "20", "--churn", "200GB", "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(run.out()).isEqualTo(PlanCsvWriter.toCsv(TWENTY));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void markdownGoesToStdoutAsTheLibraryWritesIt() {
    Run run = Run.of("plan", "--machines", "20", "--churn", "200", "--format", "markdown");

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .isEqualTo(
            PlanMarkdownWriter.toMarkdown(
                TWENTY, new PlanReportOptions(CatalogLoader.builtIn("asr-classic"), false)));
  }

  @Test
  void xlsxIsWrittenToTheOutputFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.xlsx");

    Run run =
        Run.of(
            "plan",
            "--machines",
            "20",
            "--churn",
            "200",
            "--format",
            "xlsx",
            "--output",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(run.out()).isEmpty();
    assertThat(sheet(file, PlanXlsxWriter.SERVERS))
        .isEqualTo(
            sheet(
                PlanXlsxWriter.toBytes(
                    TWENTY, WorkbookCover.none(), CatalogLoader.builtIn("asr-classic")),
                PlanXlsxWriter.SERVERS));
    assertThat(sheet(file, PlanXlsxWriter.REPORT))
        .contains(
            "tool | " + WorkbookCovers.tool(),
            "input | aggregate: --machines 20 --churn 200",
            "option --growth | 0 % | default",
            "option --headroom | 0 % | default",
            "option --prefer | vcpus | default",
            "option --cs-limit | not set: the catalog's default | default",
            "option --catalog | asr-classic | default")
        .noneMatch(line -> line.startsWith("date") || line.contains("--change-rate"));
  }

  @Test
  void withDateEveryDatedReportPrintsItAndWithoutItNone(@TempDir Path dir) throws IOException {
    String[] base = {"plan", "--machines", "20", "--churn", "200"};
    Run md = Run.of(concat(base, "--format", "markdown", "--date", "2026-12-03"));
    Run html = Run.of(concat(base, "--format", "html", "--date", "2026-12-03"));
    Run undated = Run.of(concat(base, "--format", "html"));
    Path xlsx = dir.resolve("plan.xlsx");
    Run book =
        Run.of(
            concat(base, "--format", "xlsx", "--output", xlsx.toString(), "--date", "2026-12-03"));

    assertThat(md.out()).startsWith("# ASR sizing plan\n\nDate: 2026-12-03\n\n");
    assertThat(html.out()).contains(" · 2026-12-03</p>");
    assertThat(undated.out())
        .doesNotContain("2026-12-03")
        .isEqualTo(Run.of(concat(base, "--format", "html")).out());
    assertThat(book.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(sheet(xlsx, PlanXlsxWriter.REPORT))
        .contains("date | 2026-12-03")
        .noneMatch(line -> line.contains("--date"));
  }

  @Test
  void aDateThatIsNotYyyyMmDdOrNotOnTheCalendarIsABadArgument() {
    for (String bad : new String[] {"03/12/2026", "2026-02-30", "2026-1-3", "today"}) {
      Run run = Run.of("plan", "--example", "--format", "markdown", "--date", bad);
      assertThat(run.exitCode()).as(bad).isEqualTo(ExitCode.BAD_ARGUMENTS);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).as(bad).contains("--date", bad);
    }
  }

  private static String[] concat(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void theWorkbookOfAnInventoryNamesItsFileAndItsChangeRate(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.xlsx");

    Run run =
        Run.of(
            "plan",
            "--inventory",
            "../docs/examples/inputs/rvtools.xlsx",
            "--change-rate",
            "3",
            "--format",
            "xlsx",
            "--output",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(sheet(file, PlanXlsxWriter.REPORT))
        .contains(
            "input | inventory file ../docs/examples/inputs/rvtools.xlsx",
            "option --change-rate | 3 % | command line");
  }

  /** The rows of a sheet as text, cells joined by " | ". */
  private static List<String> sheet(Path xlsx, String name) throws IOException {
    return sheet(Files.readAllBytes(xlsx), name);
  }

  private static List<String> sheet(byte[] xlsx, String name) throws IOException {
    List<String> lines = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row r : wb.findSheet(name).orElseThrow().read()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getCellCount(); c++) {
          cells.add(r.getCell(c) == null ? "" : r.getCell(c).getText());
        }
        lines.add(String.join(" | ", cells).replaceAll("( \\| )+$", ""));
      }
    }
    return lines;
  }

  @Test
  void xlsxWithoutAnOutputFileIsABadArgumentInOneSentence() {
    Run run = Run.of("plan", "--example", "--format", "xlsx");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "sizing: --format xlsx writes a binary file and needs --output FILE, for example"
                + " --output plan.xlsx (see 'sizing plan --help')");
  }

  @Test
  void anInfeasiblePlanIsStillWrittenInEveryFormat(@TempDir Path dir) {
    for (String format : new String[] {"csv", "markdown", "xlsx"}) {
      Path file = dir.resolve("plan." + format);
      Run run =
          Run.of(
              "plan",
              "--machines",
              "1",
              "--churn",
              "3TB",
              "--format",
              format,
              "--output",
              file.toString());

      assertThat(run.exitCode()).as(format).isEqualTo(ExitCode.INFEASIBLE);
      assertThat(file).as(format).isNotEmptyFile();
    }
  }

  @Test
  void aSavedJsonPlanReadsBackAsThePlan(@TempDir Path dir) {
    Path file = dir.resolve("plan.json");

    Run.of(
        "plan",
        "--machines",
        "20",
        "--churn",
        "200",
        "--format",
        "json",
        "--output",
        file.toString());

    assertThat(PlanJsonReader.read(file)).isEqualTo(TWENTY);
  }

  @Test
  void tiersRefusesThePlanOnlyFormatsInOneSentence() {
    Run run = Run.of("tiers", "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.errLines())
        .containsExactly(
            "sizing: --format csv is not available for sizing tiers; use table, json, markdown"
                + " or html (see 'sizing tiers --help')");
  }

  @Test
  void tiersInMarkdownHasOneTableOfTiersPerKindWithTheirSources() {
    Run run = Run.of("tiers", "--format", "markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("# Catalog asr-classic 2021.1")
        .contains("## Scale-out process servers")
        .contains(
            "| small | 4 | 2 x 2 | 8 | 300 | 250 | 85 |"
                + " vmware-azure-set-up-process-server-scale.md (2017) |");
  }
}
