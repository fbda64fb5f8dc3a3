package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.rules.MachineRules;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class PlanXlsxWriterTest {

  @Test
  void hasTheSheetsArchitectsKnowFromTheDeploymentPlanner() throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(PlanXlsxWriter.toBytes(SamplePlans.mixed())))) {
      assertThat(wb.getSheets().map(Sheet::getName))
          .containsExactly(
              "Report",
              "Summary",
              "Servers",
              "Assignments",
              "Not protectable",
              "Findings",
              "Assumptions");
    }
  }

  @Test
  void theReportSheetListsTheSheetsTheWorkbookHas() throws IOException {
    Machine legacy =
        Machine.of("legacy01", 10)
            .withProfile(new MachineProfile("Microsoft Windows Server 2003 (32-bit)", List.of()));
    Workload workload = Workload.of(List.of(legacy, Machine.of("app01", 10)));
    Catalog catalog = CatalogLoader.builtIn("asr-classic");
    Plan plan =
        Planner.plan(workload, catalog, PlanOptions.defaults())
            .withCompatibility(MachineRules.verdicts(workload.machines(), catalog));
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(PlanXlsxWriter.toBytes(plan)))) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      assertThat(names).contains("Compatibility");
      String listed =
          wb.getFirstSheet().read().stream()
              .filter(r -> r.getCellText(0).equals("sheets"))
              .map(r -> r.getCellText(1))
              .findFirst()
              .orElseThrow();
      assertThat(listed).isEqualTo(String.join(", ", names.subList(1, names.size())));
    }
  }

  @Test
  void numbersAreStoredAsNumbers() throws IOException {
    byte[] xlsx = PlanXlsxWriter.toBytes(SamplePlans.withAlternative());
    Row ps1 = XlsxDump.rows(xlsx, PlanXlsxWriter.SERVERS).get(2);

    assertThat(ps1.getCell(0).asString()).isEqualTo("ps-1");
    assertThat(ps1.getCell(5).getType()).isEqualTo(CellType.NUMBER);
    assertThat(ps1.getCell(5).asNumber()).isEqualByComparingTo("4");
    assertThat(ps1.getCell(10).getType()).isEqualTo(CellType.NUMBER);
    assertThat(ps1.getCell(10).asNumber()).isEqualByComparingTo("100.8");
  }

  @Test
  void everySheetReadInStreamingModeHasTheRowsItDeclares() throws IOException {
    byte[] xlsx =
        PlanXlsxWriter.toBytes(
            SamplePlans.mixed(),
            new WorkbookCover("asr-sizing 9.9", null, "inventory file fleet.csv", List.of()));
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Sheet> sheets = wb.getSheets().toList();
      for (int i = 0; i < sheets.size(); i++) {
        int rows = 0;
        int columns = 0;
        try (Stream<Row> stream = sheets.get(i).openStream()) {
          for (Row r : (Iterable<Row>) stream::iterator) {
            rows = Math.max(rows, r.getRowNum());
            columns = Math.max(columns, r.getCellCount());
          }
        }
        String xml = entry(xlsx, "xl/worksheets/sheet" + (i + 1) + ".xml");
        assertThat(xml)
            .as(sheets.get(i).getName())
            .contains("<dimension ref=\"A1:" + XlsxSheet.column(columns - 1) + rows + "\"/>");
      }
    }
  }

  @Test
  void theReportSheetComesFirstWithTheToolTheInputAndEveryOption() throws IOException {
    WorkbookCover cover =
        new WorkbookCover(
            "asr-sizing 9.9",
            "2026-12-02",
            "inventory file fleet.csv",
            List.of(new WorkbookCover.Setting("--change-rate", "3 %", true)));
    List<Row> rows = XlsxDump.rows(PlanXlsxWriter.toBytes(SamplePlans.small(), cover), "Report");

    assertThat(rows)
        .extracting(r -> r.getCell(0).asString() + "=" + r.getCell(1).asString())
        .contains(
            "tool=asr-sizing 9.9",
            "catalog=asr-classic",
            "date=2026-12-02",
            "input=inventory file fleet.csv",
            "option --change-rate=3 %",
            "assumption: headroom (%)=0");
  }

  @Test
  void withoutADateTheReportSheetPrintsNone() throws IOException {
    List<Row> rows =
        XlsxDump.rows(PlanXlsxWriter.toBytes(SamplePlans.small()), PlanXlsxWriter.REPORT);

    assertThat(rows).extracting(r -> r.getCell(0).asString()).doesNotContain("date");
  }

  @Test
  void cellsHaveAFormatPerUnitAndBooleansReadYesOrNo() throws IOException {
    byte[] xlsx = PlanXlsxWriter.toBytes(SamplePlans.withAlternative());
    String styles = entry(xlsx, "xl/styles.xml");
    List<Row> servers;
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      servers = wb.findSheet(PlanXlsxWriter.SERVERS).orElseThrow().read();
    }

    assertThat(styles)
        .contains("formatCode=\"#,##0.00\"", "formatCode=\"#,##0\"", "formatCode=\"0.0%\"");
    assertThat(servers.get(2).getCell(10).getDataFormatString()).isEqualTo("#,##0.00");
    assertThat(servers.get(2).getCell(5).getDataFormatString()).isEqualTo("#,##0");
    assertThat(servers.get(2).getCell(13).getDataFormatString()).isEqualTo("0.0%");
    assertThat(servers.get(2).getCell(8).asString()).isIn("Yes", "No");
    assertThat(XlsxDump.rows(xlsx, PlanXlsxWriter.SUMMARY).get(1).getCell(1).asString())
        .isEqualTo("Yes");
  }

  @Test
  void aConfigurationServerThatOnlyManagesShowsNoChurnLimit() throws IOException {
    byte[] xlsx = PlanXlsxWriter.toBytes(SamplePlans.scaleOut());
    List<Row> servers = XlsxDump.rows(xlsx, PlanXlsxWriter.SERVERS);
    Row cs = servers.get(1);

    assertThat(cs.getCell(8).asString()).isEqualTo("No");
    assertThat(cs.getCell(12).asString()).isEqualTo("n/a");
    assertThat(cs.getCell(14).asString()).isEqualTo("n/a");
    assertThat(servers.get(servers.size() - 1).getCell(0).asString())
        .isEqualTo(PlanXlsxWriter.MANAGES_ONLY);
  }

  @Test
  void everySheetIsFrozenFilteredAndPrintsFittedToTheWidthWithItsHeaderOnEveryPage()
      throws IOException {
    byte[] xlsx = PlanXlsxWriter.toBytes(SamplePlans.mixed());
    String workbook = entry(xlsx, "xl/workbook.xml");
    for (int i = 1; i <= 7; i++) {
      String sheet = entry(xlsx, "xl/worksheets/sheet" + i + ".xml");
      assertThat(sheet)
          .contains("<pageSetUpPr fitToPage=\"true\"", "fitToWidth=\"1\"", "fitToHeight=\"0\"")
          .contains("state=\"frozen\"", "<autoFilter ref=\"A1:")
          .containsPattern("orientation=\"(landscape|portrait)\"")
          .containsPattern("<col min=\"1\" max=\"1\" width=");
      assertThat(workbook).contains("localSheetId=\"" + (i - 1) + "\" name=\"_xlnm.Print_Titles\"");
    }
    assertThat(entry(xlsx, "xl/worksheets/sheet3.xml")).contains("orientation=\"landscape\"");
  }

  @Test
  void sourcesLinkToThePublicDocumentationPage() throws IOException {
    byte[] xlsx = PlanXlsxWriter.toBytes(SamplePlans.scaleOut());
    String rels = entry(xlsx, "xl/worksheets/_rels/sheet6.xml.rels");

    assertThat(rels)
        .contains(
            "https://learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware");
    assertThat(entry(xlsx, "xl/worksheets/sheet6.xml")).contains("<hyperlink ");
  }

  @Test
  void utilisationAndHeadroomAreSharesOfThePublishedLimitEachInItsColumn() throws IOException {
    // One small configuration server planned at 10 % headroom; the table's golden grown.txt
    // reads it at util 26 %, headroom 74 % of the published limits: the workbook says the same.
    Plan plan = SamplePlans.grownWithHeadroom();
    byte[] xlsx =
        PlanXlsxWriter.toBytes(
            plan, WorkbookCover.none(), CatalogLoader.builtIn(plan.assumptions().catalogId()));
    List<Row> rows = XlsxDump.rows(xlsx, PlanXlsxWriter.SERVERS);

    assertThat(rows.get(0).getCell(16).asString()).isEqualTo("utilisation of published limit (%)");
    assertThat(rows.get(0).getCell(17).asString()).isEqualTo("headroom of published limit (%)");
    assertThat(rows.get(1).getCell(16).asNumber()).isEqualByComparingTo("0.26");
    assertThat(rows.get(1).getCell(17).asNumber()).isEqualByComparingTo("0.74");
    assertThat(rows.get(1).getCell(14).asNumber())
        .as("planned-limit utilisation differs: the headroom is applied to it")
        .isNotEqualByComparingTo("0.26");
  }

  @Test
  void withoutTheCatalogThePublishedLimitColumnsStayEmpty() throws IOException {
    List<Row> rows =
        XlsxDump.rows(
            PlanXlsxWriter.toBytes(SamplePlans.grownWithHeadroom()), PlanXlsxWriter.SERVERS);
    assertThat(rows.get(0).getCell(16).asString()).isEqualTo("utilisation of published limit (%)");
    assertThat(rows.get(1).getOptionalCell(16).map(Cell::getText).orElse("")).isEmpty();
    assertThat(rows.get(1).getOptionalCell(17).map(Cell::getText).orElse("")).isEmpty();
  }

  @Test
  void everyHeaderCarriesItsUnit() throws IOException {
    byte[] xlsx = PlanXlsxWriter.toBytes(SamplePlans.small());
    Row header = XlsxDump.rows(xlsx, PlanXlsxWriter.SERVERS).get(0);

    assertThat(header.getCell(6).asString()).isEqualTo("RAM (GiB)");
    assertThat(header.getCell(10).asString()).isEqualTo("churn (GiB/day)");
    assertThat(header.getCell(13).asString()).isEqualTo("machine utilisation (%)");
  }

  @Test
  void everyMachineIsAssignedOrListedAsNotProtectable() throws IOException {
    Plan plan = SamplePlans.mixed();
    byte[] xlsx = PlanXlsxWriter.toBytes(plan);

    assertThat(XlsxDump.rows(xlsx, PlanXlsxWriter.ASSIGNMENTS))
        .hasSize(1 + plan.summary().machines());
    assertThat(XlsxDump.rows(xlsx, PlanXlsxWriter.NOT_PROTECTABLE))
        .hasSize(1 + plan.unplaced().size());
  }

  @Test
  void aMachineNamedLikeAFormulaIsStoredAsTextWithAQuote() throws IOException {
    Plan plan =
        Planner.plan(
            Workload.of(List.of(Machine.of("=SUM(A1)", 10), Machine.of(SamplePlans.FORMULA, 5))),
            CatalogLoader.builtIn("asr-classic"),
            PlanOptions.defaults());
    List<Row> rows = XlsxDump.rows(PlanXlsxWriter.toBytes(plan), PlanXlsxWriter.ASSIGNMENTS);

    assertThat(rows.subList(1, 3))
        .allSatisfy(r -> assertThat(r.getCell(0).getType()).isEqualTo(CellType.STRING))
        .extracting(r -> r.getCell(0).asString())
        .containsExactly("'=SUM(A1)", "'" + SamplePlans.FORMULA);
    assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r.getCell(0).getFormula()).isNull());
  }

  @Test
  void theSamePlanGivesTheSameBytes() throws Exception {
    byte[] first = PlanXlsxWriter.toBytes(SamplePlans.mixed());
    Thread.sleep(5); // a timestamp in the file would now differ

    assertThat(PlanXlsxWriter.toBytes(SamplePlans.mixed())).isEqualTo(first);
  }

  @Test
  void theSamePlanGivesTheSameBytesInEveryTimeZone() throws Exception {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      byte[] utc = PlanXlsxWriter.toBytes(SamplePlans.mixed());
      for (String zone : List.of("America/New_York", "Asia/Tokyo", "Pacific/Kiritimati")) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));

        assertThat(PlanXlsxWriter.toBytes(SamplePlans.mixed())).as(zone).isEqualTo(utc);
      }
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void theDocumentPropertiesRecordNoCreationTime() throws IOException {
    String core = entry(PlanXlsxWriter.toBytes(SamplePlans.small()), "docProps/core.xml");

    assertThat(core).contains("<dc:creator>asr-sizing</dc:creator>").doesNotContain("created");
  }

  @Test
  void writingToAStreamLeavesItOpen() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanXlsxWriter.write(SamplePlans.small(), out);
    out.write('x');

    assertThat(out.size()).isGreaterThan(1);
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
