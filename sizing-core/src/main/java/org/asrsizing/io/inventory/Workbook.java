package org.asrsizing.io.inventory;

import java.io.Closeable;

/** Named tables: the sheets of an xlsx workbook, or the files of an RVTools CSV folder. */
interface Workbook extends Closeable {

  boolean has(String sheet);

  /** The table {@code sheet}; fails with a sentence when there is none. */
  Table table(String sheet);

  @Override
  void close();
}
