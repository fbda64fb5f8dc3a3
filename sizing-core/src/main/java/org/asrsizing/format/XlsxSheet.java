package org.asrsizing.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written row by row, ready to read and to print: bold wrapped header rows (the first
 * one frozen, filtered and repeated on every printed page), text made safe against formula
 * injection, numbers stored as numbers with a format per unit, Yes/No for booleans, column widths
 * from the content, landscape pages fitted to the width, and the used range it covers.
 */
final class XlsxSheet {

  /** A percentage, shown with {@code %}; stored as a fraction, as spreadsheets expect. */
  record Percent(double percent) {}

  /** Text in a column of numbers, such as {@code n/a}: aligned with them, to the right. */
  record InNumbers(String text) {}

  /** A link to a public page, shown as {@code text}. */
  record Link(String url, String text) {}

  /** Churn in GiB/day and other measured quantities: two decimals, thousands grouped. */
  static final String DECIMAL = "#,##0.00";

  /** Counts of machines, vCPUs, GiB of RAM and disk. */
  static final String INTEGER = "#,##0";

  static final String PERCENT = "0.0%";

  /** Rows written before the sheet is flushed to the output, to bound memory on large plans. */
  private static final int FLUSH_EVERY = 10_000;

  /** Widths in characters: narrow columns stay readable, long text wraps instead of widening. */
  private static final int MIN_WIDTH = 6;

  private static final int MAX_WIDTH = 60;

  /** Characters of width a portrait Letter or A4 page holds at full size within its margins. */
  private static final int PORTRAIT_WIDTH = 100;

  private final Worksheet sheet;
  private final String name;
  private int[] widths = new int[0];
  private int row;
  private int lastColumn;
  private int filterRow = -1;
  private int filterColumns;
  private boolean flushed;

  /** The header rows seen before the first flush and their texts, to size their height. */
  private final java.util.Map<Integer, String[]> headers = new java.util.TreeMap<>();

  /** Lines of the tallest wrapped cell of the row being written. */
  private int rowLines = 1;

  /** The cells of the row being written that wrap their text. */
  private final java.util.BitSet wrapped = new java.util.BitSet();

  /** Points per line of text in the default font (Calibri 11). */
  private static final double LINE_HEIGHT = 15.0;

  /** A new sheet named {@code name}. */
  XlsxSheet(Workbook workbook, String name) {
    this.name = name;
    sheet = workbook.newWorksheet(name);
    sheet.setFitToPage(true);
    sheet.fitToWidth((short) 1);
    sheet.fitToHeight((short) 0); // as many pages down as the rows need
    sheet.leftMargin(0.4f);
    sheet.rightMargin(0.4f);
    sheet.topMargin(0.5f);
    sheet.bottomMargin(0.5f);
  }

  /** The sheet's name, as its tab shows it. */
  String name() {
    return name;
  }

  /** Appends a bold title line, for a sheet that starts with one. */
  void title(String text) {
    sheet.value(row, 0, text);
    sheet.style(row, 0).bold().fontSize(14).set();
    row++;
  }

  /**
   * Appends a bold header row. The first one stays in view when scrolling, is repeated at the top
   * of every printed page and gets the autofilter.
   */
  void header(String... columns) {
    for (int c = 0; c < columns.length; c++) {
      sheet.value(row, c, columns[c]);
      measure(c, longestWord(columns[c]));
    }
    if (!flushed) {
      headers.put(row, columns);
    }
    sheet
        .range(row, 0, row, columns.length - 1)
        .style()
        .bold()
        .wrapText(true)
        .verticalAlignment("top")
        .fillColor("DDEBF7")
        .set();
    if (filterRow < 0) {
      filterRow = row;
      filterColumns = columns.length;
      sheet.freezePane(0, row + 1);
      sheet.repeatRows(0, row);
    }
    lastColumn = Math.max(lastColumn, columns.length - 1);
    row++;
  }

  /** Appends a row; a {@code null} or empty text cell is left empty. */
  void row(Object... cells) throws IOException {
    rowLines = 1;
    wrapped.clear();
    for (int c = 0; c < cells.length; c++) {
      if (cell(c, cells[c])) {
        lastColumn = Math.max(lastColumn, c);
      }
    }
    // Spreadsheet programs do not grow a row for wrapped text when they open a file: say how tall.
    if (rowLines > 1) {
      sheet.rowHeight(row, LINE_HEIGHT * rowLines);
      for (int c = 0; c < cells.length; c++) {
        if (!wrapped.get(c)) { // a wrapped cell is top-aligned already; its alignment stays
          sheet.style(row, c).verticalAlignment("top").set();
        }
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      applyWidths();
      sheet.flush();
    }
  }

  /** Writes one cell; false when it stays empty. */
  private boolean cell(int c, Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof String s) {
      return text(c, s);
    }
    if (v instanceof Boolean b) {
      return text(c, b ? "Yes" : "No");
    }
    if (v instanceof Percent p) {
      BigDecimal fraction =
          new BigDecimal(Json.rounded(p.percent()))
              .divide(BigDecimal.valueOf(100))
              .stripTrailingZeros();
      sheet.value(row, c, fraction);
      sheet.style(row, c).format(PERCENT).set();
      measure(c, formatted(p.percent(), 1).length() + 1);
      return true;
    }
    if (v instanceof Double d) {
      sheet.value(row, c, new BigDecimal(Json.rounded(d)));
      sheet.style(row, c).format(DECIMAL).set();
      measure(c, formatted(d, 2).length());
      return true;
    }
    if (v instanceof Number n) {
      sheet.value(row, c, n);
      sheet.style(row, c).format(INTEGER).set();
      measure(c, formatted(n.doubleValue(), 0).length());
      return true;
    }
    if (v instanceof InNumbers t) {
      text(c, t.text());
      sheet.style(row, c).horizontalAlignment("right").set();
      return true;
    }
    if (v instanceof Link link) {
      if (link.url() == null) {
        return text(c, link.text());
      }
      sheet.hyperlink(row, c, HyperLink.external(link.url(), CellText.spreadsheet(link.text())));
      sheet
          .style(row, c)
          .fontColor("0563C1")
          .underlined()
          .wrapText(true)
          .verticalAlignment("top")
          .set();
      wrapped.set(c);
      measure(c, link.text().length());
      rowLines = Math.max(rowLines, lines(link.text(), MAX_WIDTH));
      return true;
    }
    return text(c, v.toString());
  }

  private boolean text(int c, String s) {
    if (s.isEmpty()) {
      return false;
    }
    sheet.value(row, c, CellText.spreadsheet(s));
    measure(c, s.length());
    if (s.length() > MAX_WIDTH) {
      sheet.style(row, c).wrapText(true).verticalAlignment("top").set();
      wrapped.set(c);
      rowLines = Math.max(rowLines, lines(s, MAX_WIDTH));
    }
    return true;
  }

  /**
   * Appends a line of text under a table, for a note that explains some of its cells; it spills
   * over the empty cells to its right and does not widen the first column.
   */
  void note(String text) {
    sheet.value(row, 0, CellText.spreadsheet(text));
    sheet.style(row, 0).italic().set();
    row++;
  }

  /** Appends an empty row. */
  void skip() {
    row++;
  }

  /** Rows written so far, headers included. */
  int rows() {
    return row;
  }

  /** The used range, for example {@code A1:P3}: what streaming readers size the sheet by. */
  String usedRange() {
    return "A1:" + column(lastColumn) + Math.max(row, 1);
  }

  void finish() throws IOException {
    if (filterRow >= 0) {
      sheet.setAutoFilter(filterRow, 0, Math.max(row - 1, filterRow), filterColumns - 1);
    }
    applyWidths();
    sheet.finish();
  }

  /** Widths are written with the first rows, so they come from the rows seen until then. */
  private void applyWidths() {
    if (flushed) {
      return;
    }
    flushed = true;
    int[] chars = new int[widths.length];
    int total = 0;
    for (int c = 0; c < widths.length; c++) {
      chars[c] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c]));
      sheet.width(c, chars[c] + 2);
      total += chars[c] + 2;
    }
    // Wide sheets print landscape; a sheet that fits a portrait page at full size prints portrait,
    // which puts half as many rows again on each page.
    sheet.pageOrientation(total > PORTRAIT_WIDTH ? "landscape" : "portrait");
    headers.forEach(
        (r, columns) -> {
          int tallest = 1;
          for (int c = 0; c < columns.length; c++) {
            tallest = Math.max(tallest, lines(columns[c], chars[c]));
          }
          if (tallest > 1) {
            sheet.rowHeight(r, LINE_HEIGHT * tallest);
          }
        });
  }

  /**
   * The lines {@code text} takes when wrapped at blanks in a column {@code width} characters wide.
   * Widths count the digit 0; text averages narrower letters, about six fifths as many per line.
   */
  static int lines(String text, int width) {
    width = width * 6 / 5;
    int lines = 1;
    int used = 0;
    for (String word : text.split(" ")) {
      int need = used == 0 ? word.length() : used + 1 + word.length();
      if (need > width && used > 0) {
        lines++;
        used = word.length();
      } else {
        used = need;
      }
    }
    return lines;
  }

  private void measure(int c, int chars) {
    if (c >= widths.length) {
      widths = Arrays.copyOf(widths, c + 1);
    }
    widths[c] = Math.max(widths[c], chars);
  }

  /** The length a header needs when it wraps at blanks. */
  private static int longestWord(String header) {
    int longest = 0;
    for (String word : header.split(" ")) {
      longest = Math.max(longest, word.length());
    }
    // Short headers stay on one line.
    return header.length() <= 14 ? header.length() : Math.max(longest, 10);
  }

  /** {@code value} as the number format shows it, to size the column. */
  private static String formatted(double value, int decimals) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String plain = d.abs().toPlainString();
    int integerDigits = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
    return plain + ",".repeat((integerDigits - 1) / 3) + (d.signum() < 0 ? "-" : "");
  }

  /** The letters of column {@code c} (0 is A). */
  static String column(int c) {
    StringBuilder sb = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      sb.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return sb.toString();
  }
}
