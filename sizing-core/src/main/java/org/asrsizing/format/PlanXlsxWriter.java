package org.asrsizing.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.asrsizing.model.Alternative;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Unplaced;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a {@link Plan} as an Excel workbook laid out like the Deployment Planner's report, with
 * the sheets {@value #SUMMARY}, {@value #SERVERS}, {@value #ASSIGNMENTS}, {@value
 * #NOT_PROTECTABLE}, {@value #FINDINGS} and {@value #ASSUMPTIONS}. Numbers are stored as numbers,
 * units are in the headers, text that a spreadsheet would run as a formula is prefixed with {@code
 * '}, and the same plan always gives the same bytes. The layout is described in {@code
 * docs/outputs/xlsx.md}.
 */
public final class PlanXlsxWriter {

  public static final String SUMMARY = "Summary";
  public static final String SERVERS = "Servers";
  public static final String ASSIGNMENTS = "Assignments";
  public static final String NOT_PROTECTABLE = "Not protectable";
  public static final String FINDINGS = "Findings";
  public static final String ASSUMPTIONS = "Assumptions";

  /** Rows of one sheet, the header included: Excel's limit. */
  static final int MAX_ROWS = 1_048_576;

  private static final String APPLICATION = "asr-sizing";

  private PlanXlsxWriter() {}

  /** Writes the workbook of {@code plan} to {@code out} and flushes it; {@code out} stays open. */
  public static void write(Plan plan, OutputStream out) throws IOException {
    XlsxTimestamps.copyWithoutCreationTime(toBytesWithTimestamp(plan), out);
  }

  /** The bytes of the workbook of {@code plan}. */
  public static byte[] toBytes(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory streams do not fail
    }
    return out.toByteArray();
  }

  private static byte[] toBytesWithTimestamp(Plan plan) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // The version is fixed so that the bytes do not change with each release of this library.
    Workbook wb = new Workbook(bytes, APPLICATION, "1.0");
    summary(wb, plan);
    servers(wb, plan);
    assignments(wb, plan);
    notProtectable(wb, plan);
    findings(wb, plan);
    assumptions(wb, plan);
    wb.finish();
    return bytes.toByteArray();
  }

  private static void summary(Workbook wb, Plan plan) throws IOException {
    Summary s = plan.summary();
    XlsxSheet sheet = new XlsxSheet(wb, SUMMARY, new int[] {40, 60, 10, 10, 12, 18});
    sheet.header("item", "value");
    sheet.row("feasible", plan.feasible());
    sheet.row("machines", s.machines());
    sheet.row("placed machines", s.placedMachines());
    sheet.row("not protectable machines", s.unplacedMachines());
    sheet.row("churn (GiB/day)", s.churnGiBPerDay());
    sheet.row("scale-out required", s.scaleOutRequired());
    sheet.row("sites", s.sites());
    sheet.row("configuration servers", s.configurationServers());
    sheet.row("process servers", s.processServers());
    sheet.row("vCPU", s.vcpus());
    sheet.row("RAM (GiB)", s.memoryGiB());
    sheet.row("cache disk (GiB)", s.cacheDiskGiB());
    sheet.row("lower bound (vCPU)", s.lowerBoundVcpus());
    sheet.row("gap to lower bound (vCPU)", s.gapVcpus());
    sheet.row("gap to lower bound (%)", s.gapPercent());
    sheet.skip();
    sheet.header(
        "alternative (preference)",
        "servers by tier",
        "servers",
        "vCPU",
        "RAM (GiB)",
        "cache disk (GiB)");
    if (plan.alternatives().isEmpty()) {
      sheet.row("none", "both preferences give the same deployment");
    }
    for (Alternative a : plan.alternatives()) {
      sheet.row(
          Labels.preference(a.preference())
              + " (--prefer "
              + Labels.preferOption(a.preference())
              + ")",
          String.join(" + ", a.serversByTier()),
          a.totals().servers(),
          a.totals().vcpus(),
          a.totals().memoryGiB(),
          a.totals().cacheDiskGiB());
    }
    sheet.finish();
  }

  private static void servers(Workbook wb, Plan plan) throws IOException {
    XlsxSheet sheet =
        new XlsxSheet(
            wb, SERVERS, new int[] {8, 22, 12, 20, 12, 8, 11, 16, 11, 10, 16, 15, 21, 23, 21, 18});
    sheet.header(
        "id",
        "role",
        "site",
        "configuration server",
        "tier",
        "vCPU",
        "RAM (GiB)",
        "cache disk (GiB)",
        "replicates",
        "machines",
        "churn (GiB/day)",
        "limit machines",
        "limit churn (GiB/day)",
        "machine utilisation (%)",
        "churn utilisation (%)",
        "binding limit");
    for (PlannedServer s : ServerOrder.of(plan)) {
      sheet.row(
          s.id(),
          Labels.role(s.role()),
          s.site(),
          s.configurationServer(),
          s.tier(),
          s.vcpus(),
          s.memoryGiB(),
          s.cacheDiskGiB(),
          s.replicates(),
          s.machines(),
          s.churnGiBPerDay(),
          s.limitMachines(),
          s.limitChurnGiBPerDay(),
          s.machineUtilisationPercent(),
          s.churnUtilisationPercent(),
          s.bindingLimit());
    }
    sheet.finish();
  }

  private static final String[] ASSIGNMENT_COLUMNS = {
    "machine",
    "site",
    "server",
    "server role",
    "configuration server",
    "tier",
    "churn (GiB/day)",
    "reason not protectable"
  };

  private static final int[] ASSIGNMENT_WIDTHS = {24, 12, 8, 22, 20, 12, 16, 60};

  /** One row per machine; beyond Excel's row limit the list goes on in "Assignments (2)"... */
  private static void assignments(Workbook wb, Plan plan) throws IOException {
    XlsxSheet[] sheet = {new XlsxSheet(wb, ASSIGNMENTS, ASSIGNMENT_WIDTHS)};
    sheet[0].header(ASSIGNMENT_COLUMNS);
    int[] part = {1};
    try {
      MachineRow.forEach(
          plan,
          r -> {
            try {
              if (sheet[0].rows() == MAX_ROWS) {
                sheet[0].finish();
                part[0]++;
                sheet[0] = new XlsxSheet(wb, ASSIGNMENTS + " (" + part[0] + ")", ASSIGNMENT_WIDTHS);
                sheet[0].header(ASSIGNMENT_COLUMNS);
              }
              sheet[0].row(
                  r.machine(),
                  r.site(),
                  r.server(),
                  r.serverRole() == null ? null : Labels.role(r.serverRole()),
                  r.configurationServer(),
                  r.tier(),
                  r.churnGiBPerDay(),
                  r.reason());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    sheet[0].finish();
  }

  private static void notProtectable(Workbook wb, Plan plan) throws IOException {
    XlsxSheet sheet = new XlsxSheet(wb, NOT_PROTECTABLE, new int[] {24, 12, 16, 100});
    sheet.header("machine", "site", "churn (GiB/day)", "reason");
    for (Unplaced u : plan.unplaced()) {
      sheet.row(u.machine(), u.site(), u.churnGiBPerDay(), u.reason());
    }
    sheet.finish();
  }

  private static void findings(Workbook wb, Plan plan) throws IOException {
    XlsxSheet sheet = new XlsxSheet(wb, FINDINGS, new int[] {10, 28, 120, 60});
    sheet.header("severity", "rule", "message", "source");
    for (Finding f : plan.findings()) {
      sheet.row(f.severity().name(), f.rule(), f.message(), f.source());
    }
    sheet.finish();
  }

  private static void assumptions(Workbook wb, Plan plan) throws IOException {
    XlsxSheet sheet = new XlsxSheet(wb, ASSUMPTIONS, new int[] {46, 90});
    sheet.header("assumption", "value");
    for (AssumptionRows.Row r : AssumptionRows.of(plan.assumptions())) {
      sheet.row(r.name(), r.value());
    }
    sheet.finish();
  }
}
