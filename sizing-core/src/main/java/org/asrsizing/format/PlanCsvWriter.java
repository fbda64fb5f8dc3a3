package org.asrsizing.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.asrsizing.model.Plan;

/**
 * Writes a {@link Plan} as CSV: a header, then one row per machine with the server that carries it,
 * and every machine that cannot be protected with its reason (its {@code server} empty). Columns:
 * {@code machine, site, server, serverRole, configurationServer, tier, churnGiBPerDay, reason}.
 * Text that a spreadsheet would run as a formula is prefixed with {@code '}; {@code \n} line ends;
 * the same plan always gives the same bytes. The format is described in {@code
 * docs/outputs/csv.md}.
 */
public final class PlanCsvWriter {

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = schema();

  private PlanCsvWriter() {}

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String column : MachineRow.COLUMNS) {
      b.addColumn(column);
    }
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
      try {
        MachineRow.forEach(plan, row -> write(rows, row));
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

  private static void write(SequenceWriter rows, MachineRow r) {
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
            CellText.spreadsheet(r.reason())
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
