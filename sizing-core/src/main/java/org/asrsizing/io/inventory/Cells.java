package org.asrsizing.io.inventory;

import com.fasterxml.jackson.core.io.NumberInput;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a row as numbers and sizes. Numbers are read the same in every locale: a dot
 * is the only decimal separator, and exponents, thousands separators and NaN are rejected.
 */
final class Cells {

  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
  private static final Pattern SIZE =
      Pattern.compile(
          "([0-9]+(?:\\.[0-9]+)?)\\s*(GiB|GB|G|TiB|TB|T)?\\s*(/\\s*day)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * The largest number an inventory may give, in its own unit or once converted (a churn in TB, a
   * write rate as a daily churn): far above anything a machine has, and low enough that sums over
   * millions of machines and unit conversions stay exact enough and finite.
   */
  static final double LARGEST = 1e15;

  private Cells() {}

  /** {@code value}, read from {@code text}; fails when it is above {@link #LARGEST}. */
  static double inRange(double value, String text, String column) {
    if (!(value <= LARGEST)) {
      throw new RowException(column, InventoryMessages.tooLarge(text));
    }
    return value;
  }

  /** The text of {@code column}; fails when it is empty. */
  static String required(Row row, String column, String what) {
    String text = row.text(column);
    if (text == null) {
      throw new RowException(column, InventoryMessages.missing(what));
    }
    return text;
  }

  /** A number of {@code unit} 0 or more; fails when it is empty. */
  static double number(Row row, String column, String unit) {
    return parseNumber(
        required(row, column, "a number of " + unit), column, unit, row.decimalComma());
  }

  /** A number of {@code unit} 0 or more, or {@code null} when the cell is empty. */
  static Double optionalNumber(Row row, String column, String unit) {
    String text = row.text(column);
    return text == null ? null : parseNumber(text, column, unit, row.decimalComma());
  }

  /** A whole number 0 or more, or {@code null} when the cell is empty. */
  static Integer optionalWhole(Row row, String column, String what) {
    String text = row.text(column);
    if (text == null) {
      return null;
    }
    String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    if (text.startsWith("-")) {
      throw new RowException(column, InventoryMessages.negative(text, what));
    }
    if (!WHOLE.matcher(digits).matches()) {
      throw new RowException(column, InventoryMessages.notAWholeNumber(text, what));
    }
    return Integer.parseInt(digits);
  }

  /** A daily churn such as {@code 250GB}, {@code 1.5TB} or {@code 500} (GiB/day), in GiB/day. */
  static double churn(Row row, String column) {
    String text = required(row, column, "a daily churn such as 250GB");
    if (text.contains(",")) {
      throw new RowException(column, InventoryMessages.decimalComma(text));
    }
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw new RowException(column, InventoryMessages.notASize(text));
    }
    double number = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2);
    return inRange(
        unit.toLowerCase(Locale.ROOT).startsWith("t") ? number * 1024 : number, text, column);
  }

  /**
   * Whether {@code text} is digits with at most one decimal point that has a digit after it, as
   * {@code [0-9]+(\.[0-9]+)?|\.[0-9]+} matches. A loop rather than that pattern: every number of
   * every row goes through here, and at a million rows the pattern cost more than the parse
   * (CellsPlainDecimalTest holds the two to the same answers).
   */
  static boolean plainDecimal(String text) {
    int n = text.length();
    int point = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (point >= 0) {
          return false;
        }
        point = i;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return n > 0 && point != n - 1;
  }

  /** {@code text} as a number of {@code unit} 0 or more. */
  static double parseNumber(String text, String column, String unit) {
    return parseNumber(text, column, unit, false);
  }

  /**
   * As above; with {@code decimalComma} the decimal separator is a comma, and a point is refused,
   * since a file with decimal commas may use it between thousands.
   */
  static double parseNumber(String text, String column, String unit, boolean decimalComma) {
    if (decimalComma) {
      if (text.indexOf('.') >= 0 && plainDecimal(text.replace(",", ""))) {
        throw new RowException(column, InventoryMessages.decimalPoint(text));
      }
      return parseNumber(text.replace(',', '.'), column, unit, false);
    }
    if (text.startsWith("-") && plainDecimal(text.substring(1))) {
      throw new RowException(column, InventoryMessages.negative(text, unit));
    }
    if (text.contains(",") && plainDecimal(text.replace(',', '.'))) {
      throw new RowException(column, InventoryMessages.decimalComma(text));
    }
    if (!plainDecimal(text)) {
      throw new RowException(column, InventoryMessages.notANumber(text, unit));
    }
    // Jackson's fast parser gives the double Double.parseDouble gives (both round correctly)
    // without the array the JDK's parser makes for every cell of a million-row file.
    double value = NumberInput.parseDouble(text, true);
    if (!Double.isFinite(value) && !text.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
      throw new RowException(column, InventoryMessages.notANumber(text, unit));
    }
    return inRange(value, text, column);
  }
}
