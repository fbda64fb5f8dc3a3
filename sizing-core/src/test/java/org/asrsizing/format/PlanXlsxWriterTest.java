package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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
              "Summary", "Servers", "Assignments", "Not protectable", "Findings", "Assumptions");
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
