package org.asrsizing.io.inventory;

import java.util.List;

/** Every sentence the inventory readers produce, in one place so a test can pin their wording. */
final class InventoryMessages {

  private InventoryMessages() {}

  static String cell(String location, String column, String problem) {
    return "inventory " + location + " column " + column + ": " + problem;
  }

  static String row(String location, String problem) {
    return "inventory " + location + ": " + problem;
  }

  static String file(String file, String problem) {
    return "inventory " + file + ": " + problem;
  }

  static String notANumber(String value, String unit) {
    return quote(value) + " is not a number of " + unit;
  }

  static String decimalComma(String value) {
    return quote(value) + " uses a comma; write the decimal point as a dot";
  }

  static String negative(String value, String unit) {
    return quote(value) + " is negative; expected 0 or more " + unit;
  }

  static String notAWholeNumber(String value, String what) {
    return quote(value) + " is not a whole number of " + what;
  }

  static String notASize(String value) {
    return quote(value)
        + " is not a daily churn; expected a number with an optional unit GiB, GB, G, TiB, TB or"
        + " T (for example 250GB or 1.5TB; a bare number means GiB/day)";
  }

  static String missing(String what) {
    return "is empty; expected " + what;
  }

  static String notAValue(String column) {
    return "the field " + column + " must be a single value, not a list or an object";
  }

  static String duplicate(String name, String unit, long first, long second) {
    return "machine name "
        + name
        + " appears twice ("
        + unit
        + "s "
        + first
        + " and "
        + second
        + "); names must be unique";
  }

  static String tooManyValues(int values, int columns) {
    return "has " + values + " values but the header has " + columns + " columns";
  }

  static String noHeader() {
    return "the file is empty; expected a header line first";
  }

  static String missingColumn(String column, String format) {
    return "the header has no column " + column + ", which the " + format + " format needs";
  }

  static String missingColumns(String oneOf, String format) {
    return "the header has none of the columns " + oneOf + "; the " + format + " format needs one";
  }

  static String duplicateColumn(String column) {
    return "the header names the column " + column + " twice";
  }

  static String bothChurns() {
    return "gives both churnGiBPerDay and churn; give one of them";
  }

  static String noChurn() {
    return "has neither churnGiBPerDay nor churn; give one of them";
  }

  static String malformed(String file, long line, String problem) {
    return "inventory " + file + " line " + line + ": " + problem;
  }

  static String unreadable(String file, String reason) {
    return "inventory " + file + " cannot be read: " + reason;
  }

  static String undetectable(String file, List<String> formats) {
    return "inventory "
        + file
        + ": cannot tell its format from its name and header; choose one with --inventory-format"
        + " ("
        + String.join(", ", formats)
        + ")";
  }

  static String noMachines(String file, List<LeftOut> skipped, List<LeftOut> excluded) {
    return "inventory "
        + file
        + " has no machine to plan"
        + (skipped.isEmpty() && excluded.isEmpty()
            ? ""
            : " (" + skipped.size() + " rows skipped, " + excluded.size() + " machines left out)");
  }

  static String summary(Inventory inv) {
    return "read "
        + count(inv.machines().size(), "machine")
        + " from "
        + inv.source()
        + " ("
        + inv.format().id()
        + "); "
        + count(inv.skipped().size(), "invalid row")
        + " skipped, "
        + count(inv.excluded().size(), "machine")
        + " left out";
  }

  static String leftOut(LeftOut l) {
    return l.location()
        + (l.machine() == null ? "" : " (" + l.machine() + ")")
        + " left out: "
        + l.reason();
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String quote(String value) {
    return "'" + value + "'";
  }
}
