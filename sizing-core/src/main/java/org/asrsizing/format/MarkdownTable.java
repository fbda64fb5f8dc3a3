package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown pipe table: numeric columns (header starting with {@code >}) are
 * right-aligned; every cell is escaped so that it never splits the row.
 */
final class MarkdownTable {

  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> numeric = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... columns) {
    for (String c : columns) {
      numeric.add(c.startsWith(">"));
      headers.add(c.startsWith(">") ? c.substring(1) : c);
    }
  }

  MarkdownTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(CellText.markdownCell(cell == null ? "" : cell.toString()));
    }
    rows.add(row);
    return this;
  }

  String render() {
    StringBuilder sb = new StringBuilder();
    line(sb, headers.stream().map(CellText::markdownCell).toList());
    List<String> rule = new ArrayList<>();
    for (boolean n : numeric) {
      rule.add(n ? "---:" : "---");
    }
    line(sb, rule);
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(c).append(" |");
    }
    sb.append('\n');
  }
}
