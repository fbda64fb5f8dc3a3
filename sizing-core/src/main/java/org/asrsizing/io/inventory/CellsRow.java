package org.asrsizing.io.inventory;

import java.util.List;

/** A row of cells under a {@link Header}: a CSV line or a spreadsheet row. */
record CellsRow(
    String file, String unit, long number, Header header, List<String> cells, boolean decimalComma)
    implements Row {

  /** A row of a file with decimal points. */
  CellsRow(String file, String unit, long number, Header header, List<String> cells) {
    this(file, unit, number, header, cells, false);
  }

  @Override
  public String location() {
    return file + " " + unit + " " + number;
  }

  @Override
  public String text(String column) {
    int i = header.indexOf(column);
    if (i < 0 || i >= cells.size() || cells.get(i) == null) {
      return null;
    }
    String text = cells.get(i).strip();
    return text.isEmpty() ? null : text;
  }

  @Override
  public String padded(String stripped) {
    for (String cell : cells) {
      if (cell != null && cell.length() > stripped.length() && cell.strip().equals(stripped)) {
        return cell;
      }
    }
    return null;
  }

  /** Fails when the row has more values than the header has columns. */
  CellsRow checkWidth() {
    if (cells.size() > header.size()) {
      boolean extraBlank =
          cells.subList(header.size(), cells.size()).stream().allMatch(c -> c.isBlank());
      if (!extraBlank) {
        throw new RowException(null, InventoryMessages.tooManyValues(cells.size(), header.size()));
      }
    }
    return this;
  }
}
