package org.asrsizing.io.inventory;

/**
 * How a CSV file writes its cells: the character between them and whether decimals have a comma, as
 * spreadsheets on many European locales export ({@code ;} between cells, {@code 1,5} for one and a
 * half).
 *
 * @param delimiter the character between cells
 * @param decimalComma whether numbers are written with a decimal comma
 */
record CsvDialect(char delimiter, boolean decimalComma) {

  /** The usual dialect: commas between cells, decimal points. */
  static final CsvDialect STANDARD = new CsvDialect(',', false);

  /**
   * The dialect of a file whose first line is {@code header}: the delimiter the options give, else
   * the one of {@code , ; TAB} the header uses most outside quotes (a comma on a tie); decimal
   * commas as the options say, else exactly when cells are separated by {@code ;}.
   */
  static CsvDialect of(String header, ReadOptions options) {
    char delimiter =
        options.csvDelimiter() != null
            ? options.csvDelimiter()
            : mostUsed(header == null ? "" : header);
    boolean comma = options.decimalComma() != null ? options.decimalComma() : delimiter == ';';
    return new CsvDialect(delimiter, comma);
  }

  private static char mostUsed(String header) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  /** How a message names this dialect. */
  String describe() {
    String between =
        switch (delimiter) {
          case ';' -> "semicolons";
          case '\t' -> "tabs";
          default -> "commas";
        };
    return "cells separated by "
        + between
        + ", decimals with a "
        + (decimalComma ? "comma" : "point");
  }
}
