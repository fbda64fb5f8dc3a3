package org.asrsizing.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Alternative;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Unplaced;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a {@link Plan} as an Excel workbook laid out like the Deployment Planner's report, with
 * the sheets {@value #REPORT}, {@value #SUMMARY}, {@value #SERVERS}, {@value #ASSIGNMENTS}, {@value
 * #NOT_PROTECTABLE}, {@value #FINDINGS} and {@value #ASSUMPTIONS}. Numbers are stored as numbers
 * with a format per unit, units are in the headers, booleans read Yes or No, text that a
 * spreadsheet would run as a formula is prefixed with {@code '}, every sheet prints landscape on
 * pages as wide as the sheet with its header repeated, and the same plan always gives the same
 * bytes. The layout is described in {@code docs/outputs/xlsx.md}.
 */
public final class PlanXlsxWriter {

  public static final String REPORT = "Report";
  public static final String SUMMARY = "Summary";
  public static final String SERVERS = "Servers";
  public static final String ASSIGNMENTS = "Assignments";
  public static final String NOT_PROTECTABLE = "Not protectable";
  public static final String FINDINGS = "Findings";
  public static final String COMPATIBILITY = "Compatibility";
  public static final String ASSUMPTIONS = "Assumptions";

  /** Rows of one sheet, the header included: Excel's limit. */
  static final int MAX_ROWS = 1_048_576;

  /** What a non-replicating configuration server shows for the churn it does not carry. */
  static final XlsxSheet.InNumbers NOT_APPLICABLE = new XlsxSheet.InNumbers("n/a");

  static final String MANAGES_ONLY =
      "n/a: a configuration server that only manages its process servers carries no churn itself,"
          + " so it has no churn limit; its machines are those it manages.";

  private static final String APPLICATION = "asr-sizing";

  private PlanXlsxWriter() {}

  /** Writes the workbook of {@code plan} to {@code out} and flushes it; {@code out} stays open. */
  public static void write(Plan plan, OutputStream out) throws IOException {
    write(plan, WorkbookCover.none(), out);
  }

  /**
   * Writes the workbook of {@code plan}, its "Report" sheet telling {@code cover}, to {@code out}
   * and flushes it; {@code out} stays open.
   */
  public static void write(Plan plan, WorkbookCover cover, OutputStream out) throws IOException {
    write(plan, cover, null, out);
  }

  /**
   * Writes the workbook of {@code plan} as {@link #write(Plan, WorkbookCover, OutputStream)} does;
   * {@code catalog} is the catalog the plan was made with, for the published tier limits the
   * Servers sheet measures utilisation and headroom against ({@code null}: those cells stay empty).
   */
  public static void write(Plan plan, WorkbookCover cover, Catalog catalog, OutputStream out)
      throws IOException {
    List<XlsxSheet> sheets = new ArrayList<>();
    byte[] bytes = toBytesWithTimestamp(plan, cover, catalog, sheets);
    Map<String, String> ranges = new HashMap<>();
    for (int i = 0; i < sheets.size(); i++) {
      // fastexcel names the parts of its sheets by their position, from 1.
      ranges.put("xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i).usedRange());
    }
    XlsxTimestamps.copy(bytes, ranges, out);
  }

  /** The bytes of the workbook of {@code plan}. */
  public static byte[] toBytes(Plan plan) {
    return toBytes(plan, WorkbookCover.none());
  }

  /** The bytes of the workbook of {@code plan}, its "Report" sheet telling {@code cover}. */
  public static byte[] toBytes(Plan plan, WorkbookCover cover) {
    return toBytes(plan, cover, null);
  }

  /** The bytes of the workbook of {@code plan}, with the published limits of {@code catalog}. */
  public static byte[] toBytes(Plan plan, WorkbookCover cover, Catalog catalog) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plan, cover, catalog, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory streams do not fail
    }
    return out.toByteArray();
  }

  private static byte[] toBytesWithTimestamp(
      Plan plan, WorkbookCover cover, Catalog catalog, List<XlsxSheet> sheets) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // The version is fixed so that the bytes do not change with each release of this library.
    Workbook wb = new Workbook(bytes, APPLICATION, "1.0");
    Sheets made = name -> add(sheets, new XlsxSheet(wb, name));
    report(made, plan, cover);
    summary(made, plan);
    servers(made, plan, new PublishedLimits(catalog, plan.assumptions()));
    assignments(made, plan);
    notProtectable(made, plan);
    if (!plan.compatibility().isEmpty()) {
      compatibility(made, plan);
    }
    findings(made, plan);
    assumptions(made, plan);
    wb.finish();
    return bytes.toByteArray();
  }

  /** Makes the sheets in order, so that each one's used range can be set afterwards. */
  private interface Sheets {
    XlsxSheet sheet(String name);
  }

  private static XlsxSheet add(List<XlsxSheet> sheets, XlsxSheet sheet) {
    sheets.add(sheet);
    return sheet;
  }

  /** The cover: what made this workbook, from what, with which options and assumptions. */
  private static void report(Sheets wb, Plan plan, WorkbookCover cover) throws IOException {
    Assumptions a = plan.assumptions();
    XlsxSheet sheet = wb.sheet(REPORT);
    sheet.header("item", "value", "set by");
    sheet.row("report", "ASR sizing plan" + (plan.feasible() ? "" : " (INFEASIBLE)"));
    sheet.row("tool", cover.tool());
    sheet.row("catalog", a.catalogId());
    sheet.row("catalog version", a.catalogVersion());
    if (cover.date() != null) {
      sheet.row("date", cover.date());
    }
    if (cover.input() != null) {
      sheet.row("input", cover.input());
    }
    for (WorkbookCover.Setting s : cover.settings()) {
      sheet.row("option " + s.option(), s.value(), s.given() ? "command line" : "default");
    }
    for (AssumptionRows.Row r : AssumptionRows.of(a)) {
      sheet.row("assumption: " + r.name(), r.text(), "plan");
    }
    sheet.row("sheets", String.join(", ", sheetsAfterTheCover(plan)));
    sheet.finish();
  }

  /** The sheets the workbook of {@code plan} has after its cover, in order. */
  private static List<String> sheetsAfterTheCover(Plan plan) {
    List<String> names = new ArrayList<>(List.of(SUMMARY, SERVERS, ASSIGNMENTS, NOT_PROTECTABLE));
    if (!plan.compatibility().isEmpty()) {
      names.add(COMPATIBILITY);
    }
    names.addAll(List.of(FINDINGS, ASSUMPTIONS));
    return names;
  }

  private static void summary(Sheets wb, Plan plan) throws IOException {
    Summary s = plan.summary();
    XlsxSheet sheet = wb.sheet(SUMMARY);
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
    sheet.row("gap to lower bound (%)", new XlsxSheet.Percent(s.gapPercent()));
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

  private static void servers(Sheets wb, Plan plan, PublishedLimits limits) throws IOException {
    XlsxSheet sheet = wb.sheet(SERVERS);
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
        "binding limit",
        "utilisation of published limit (%)",
        "headroom of published limit (%)");
    boolean anyManagesOnly = false;
    for (PlannedServer s : ServerOrder.of(plan)) {
      boolean managesOnly = s.role() == ServerRole.CONFIGURATION_SERVER && !s.replicates();
      anyManagesOnly |= managesOnly;
      Optional<Double> util = limits.utilisationPercent(s);
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
          managesOnly ? NOT_APPLICABLE : s.limitChurnGiBPerDay(),
          new XlsxSheet.Percent(s.machineUtilisationPercent()),
          managesOnly ? NOT_APPLICABLE : new XlsxSheet.Percent(s.churnUtilisationPercent()),
          s.bindingLimit(),
          util.map(XlsxSheet.Percent::new).orElse(null),
          util.map(u -> new XlsxSheet.Percent(PublishedLimits.headroomPercent(u))).orElse(null));
    }
    if (anyManagesOnly) {
      sheet.skip();
      sheet.note(MANAGES_ONLY);
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

  /** One row per machine; beyond Excel's row limit the list goes on in "Assignments (2)"... */
  private static void assignments(Sheets wb, Plan plan) throws IOException {
    XlsxSheet[] sheet = {wb.sheet(ASSIGNMENTS)};
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
                sheet[0] = wb.sheet(ASSIGNMENTS + " (" + part[0] + ")");
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

  private static void notProtectable(Sheets wb, Plan plan) throws IOException {
    XlsxSheet sheet = wb.sheet(NOT_PROTECTABLE);
    sheet.header("machine", "site", "churn (GiB/day)", "reason");
    for (Unplaced u : plan.unplaced()) {
      sheet.row(u.machine(), u.site(), u.churnGiBPerDay(), u.reason());
    }
    sheet.finish();
  }

  /** One row per reason of each machine the compatibility checks found something on. */
  private static void compatibility(Sheets wb, Plan plan) throws IOException {
    XlsxSheet sheet = wb.sheet(COMPATIBILITY);
    sheet.header(CompatibilityRows.COLUMNS.toArray(String[]::new));
    for (CompatibilityRows.Row r : CompatibilityRows.of(plan)) {
      sheet.row(r.cells().toArray());
    }
    sheet.finish();
  }

  private static void findings(Sheets wb, Plan plan) throws IOException {
    XlsxSheet sheet = wb.sheet(FINDINGS);
    sheet.header("severity", "rule", "message", "source");
    for (Finding f : plan.findings()) {
      sheet.row(
          f.severity().name(),
          f.rule(),
          f.message(),
          f.source() == null || f.source().isEmpty()
              ? null
              : new XlsxSheet.Link(SourceLinks.url(f.source()), SourceLinks.shortName(f.source())));
    }
    sheet.finish();
  }

  private static void assumptions(Sheets wb, Plan plan) throws IOException {
    XlsxSheet sheet = wb.sheet(ASSUMPTIONS);
    sheet.header("assumption", "value");
    for (AssumptionRows.Row r : AssumptionRows.of(plan.assumptions())) {
      sheet.row(r.name(), cellOf(r));
    }
    sheet.finish();
  }

  /** An assumption's value as a cell: percentages with their sign. */
  private static Object cellOf(AssumptionRows.Row r) {
    return r.name().endsWith("(%)") && r.value() instanceof Double d
        ? new XlsxSheet.Percent(d)
        : r.value();
  }
}
