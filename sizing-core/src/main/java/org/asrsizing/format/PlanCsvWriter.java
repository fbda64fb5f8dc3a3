package org.asrsizing.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.asrsizing.model.MachineVerdict;
import org.asrsizing.model.Plan;

/**
 * Writes a {@link Plan} as CSV: a header, then one row per machine with the server that carries it,
 * and every machine that cannot be protected with its reason (its {@code server} empty). Columns:
 * {@code machine, site, server, serverRole, configurationServer, tier, churnGiBPerDay, reason,
 * compatibility, compatibilityReasons} (the last two: the machine's verdict of the compatibility
 * checks and each of their findings with rule and source, appended after the original columns so
 * that scripts reading them by position keep working). Text that a spreadsheet would run as a
 * formula is prefixed with {@code '}; {@code \n} line ends; the same plan always gives the same
 * bytes. The format is described in {@code docs/outputs/csv.md}.
 */
public final class PlanCsvWriter {

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = schema();

  /** The verdict of a machine the compatibility checks found nothing on. */
  static final String COMPATIBLE = "compatible";

  /** Between two reasons of one machine: a message may hold a semicolon, never this. */
  private static final String REASON_SEPARATOR = " | ";

  private PlanCsvWriter() {}

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String column : MachineRow.COLUMNS) {
      b.addColumn(column);
    }
    b.addColumn("compatibility");
    b.addColumn("compatibilityReasons");
    return b.build();
  }

  /** Writes {@code plan} and flushes {@code out}. */
  public static void write(Plan plan, Writer out) throws IOException {
    try (SequenceWriter rows =
        MAPPER
            .writerFor(String[].class)
            .with(SCHEMA)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writeValues(out)) {
      Map<String, MachineVerdict> verdicts = new HashMap<>();
      for (MachineVerdict v : plan.compatibility()) {
        verdicts.put(v.machine(), v);
      }
      try {
        MachineRow.forEach(plan, row -> write(rows, row, verdicts.get(row.machine())));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    out.flush();
  }

  /** The CSV text of {@code plan}. */
  public static String toCsv(Plan plan) {
    StringWriter out = new StringWriter();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void write(SequenceWriter rows, MachineRow r, MachineVerdict v) {
    try {
      rows.write(
          new String[] {
            CellText.spreadsheet(r.machine()),
            CellText.spreadsheet(r.site()),
            CellText.spreadsheet(r.server()),
            r.serverRole() == null ? null : r.serverRole().name(),
            CellText.spreadsheet(r.configurationServer()),
            CellText.spreadsheet(r.tier()),
            r.churnGiBPerDay() == null ? null : Json.rounded(r.churnGiBPerDay()),
            CellText.spreadsheet(r.reason()),
            v == null ? COMPATIBLE : v.verdict(),
            v == null ? null : CellText.spreadsheet(reasons(v))
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String reasons(MachineVerdict v) {
    return v.reasons().stream()
        .map(
            f ->
                f.rule()
                    + ": "
                    + f.message()
                    + (f.source().isEmpty() ? "" : " (" + f.source() + ")"))
        .collect(Collectors.joining(REASON_SEPARATOR));
  }
}
