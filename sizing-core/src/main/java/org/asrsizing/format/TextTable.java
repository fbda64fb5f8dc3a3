package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: numbers right-aligned so their digits line up, text
 * left-aligned. Rows end with {@code \n} on every platform, so output is the same bytes everywhere.
 */
public final class TextTable {

  private static final String GAP = "  ";

  private final String[] headers;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param columns column headers; a header starting with {@code >} marks a right-aligned (numeric)
   *     column, the marker itself is not printed
   */
  public TextTable(String... columns) {
    headers = new String[columns.length];
    numeric = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      numeric[i] = columns[i].startsWith(">");
      headers[i] = numeric[i] ? columns[i].substring(1) : columns[i];
    }
  }

  /** Adds a row; {@code null} cells print as {@code -}. */
  public TextTable row(Object... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.length + " columns");
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = cells[i] == null ? "-" : cells[i].toString();
    }
    rows.add(row);
    return this;
  }

  /** The table, each line indented by {@code indent}. */
  public String render(String indent) {
    int[] width = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      width[i] = headers[i].length();
      for (String[] row : rows) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, width);
    for (String[] row : rows) {
      line(sb, indent, row, width);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, String indent, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      line.append(numeric[i] ? pad + cells[i] : cells[i] + pad);
    }
    // Trailing blanks of the last, left-aligned column carry no information.
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
