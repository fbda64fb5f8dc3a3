package org.asrsizing.io.inventory;

import java.io.Closeable;

/** Rows under a header, read one at a time: a CSV file or a spreadsheet sheet. */
interface Table extends Closeable {

  /** The file, or the workbook and sheet, for messages. */
  String location();

  Header header();

  /** The next row, or {@code null} at the end. */
  CellsRow next();

  @Override
  void close();
}
