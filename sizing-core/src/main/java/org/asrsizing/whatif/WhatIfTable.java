package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: a header starting with {@code >} marks a right-aligned
 * (numeric) column. Lines end with {@code \n}; trailing blanks are dropped. (The same layout as the
 * plan writer's table, which is not public.)
 */
final class WhatIfTable {

  private final String[] headers;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  WhatIfTable(String... columns) {
    headers = new String[columns.length];
    numeric = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      numeric[i] = columns[i].startsWith(">");
      headers[i] = numeric[i] ? columns[i].substring(1) : columns[i];
    }
  }

  WhatIfTable row(Object... cells) {
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

  String render(String indent) {
    int[] width = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      width[i] = headers[i].length();
      for (String[] row : rows) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, width);
    rows.forEach(r -> line(sb, indent, r, width));
    return sb.toString();
  }

  private void line(StringBuilder sb, String indent, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      line.append(numeric[i] ? pad + cells[i] : cells[i] + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
