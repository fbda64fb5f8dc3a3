package org.asrsizing.io.inventory;

/** One row of a tabular inventory: where it is and its cells by column name. */
interface Row {

  /** Where the row is, for example {@code machines.csv line 7}. */
  String location();

  /** {@code line} or {@code row}, the word for {@link #number()}. */
  String unit();

  /** Its line or row number, counted from 1. */
  long number();

  /** The stripped text of {@code column}, or {@code null} when the column is absent or empty. */
  String text(String column);

  /**
   * The value as written of a cell whose stripped text is {@code stripped} but that has spaces
   * before or after it, or {@code null} when no cell has.
   */
  String padded(String stripped);

  /** Whether numbers in this row are written with a decimal comma. */
  default boolean decimalComma() {
    return false;
  }
}
