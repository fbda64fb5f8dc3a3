package org.asrsizing.io.inventory;

/** A row that cannot be read; the column is {@code null} when the row as a whole is wrong. */
final class RowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String column;

  RowException(String column, String problem) {
    super(problem);
    this.column = column;
  }

  String column() {
    return column;
  }

  /** The one sentence naming the row's place, the column and the problem. */
  String sentence(Row row) {
    return column == null
        ? InventoryMessages.row(row.location(), getMessage())
        : InventoryMessages.cell(row.location(), column, getMessage());
  }
}
