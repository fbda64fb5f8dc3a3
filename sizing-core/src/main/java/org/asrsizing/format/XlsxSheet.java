package org.asrsizing.format;

import java.io.IOException;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written row by row: bold header rows (the first one frozen), text made safe against
 * formula injection, numbers stored as numbers (decimals rounded as in the JSON plan) and booleans.
 */
final class XlsxSheet {

  /** Rows written before the sheet is flushed to the output, to bound memory on large plans. */
  private static final int FLUSH_EVERY = 10_000;

  private final Worksheet sheet;
  private int row;

  /** A new sheet named {@code name} whose column {@code i} is {@code widths[i]} characters wide. */
  XlsxSheet(Workbook workbook, String name, int[] widths) {
    sheet = workbook.newWorksheet(name);
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
  }

  /** Appends a bold header row; the first one stays in view when scrolling. */
  void header(String... columns) {
    for (int c = 0; c < columns.length; c++) {
      sheet.value(row, c, columns[c]);
    }
    sheet.range(row, 0, row, columns.length - 1).style().bold().set();
    if (row == 0) {
      sheet.freezePane(0, 1);
    }
    row++;
  }

  /** Appends a row; a {@code null} or empty text cell is left empty. */
  void row(Object... cells) throws IOException {
    for (int c = 0; c < cells.length; c++) {
      Object v = cells[c];
      if (v instanceof String s) {
        if (!s.isEmpty()) {
          sheet.value(row, c, CellText.spreadsheet(s));
        }
      } else if (v instanceof Double d) {
        sheet.value(row, c, new BigDecimal(Json.rounded(d)));
      } else if (v instanceof Number n) {
        sheet.value(row, c, n);
      } else if (v instanceof Boolean b) {
        sheet.value(row, c, b);
      } else if (v != null) {
        sheet.value(row, c, CellText.spreadsheet(v.toString()));
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  /** Appends an empty row. */
  void skip() {
    row++;
  }

  /** Rows written so far, headers included. */
  int rows() {
    return row;
  }

  void finish() throws IOException {
    sheet.finish();
  }
}
