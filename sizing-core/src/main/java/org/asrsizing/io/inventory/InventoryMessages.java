package org.asrsizing.io.inventory;

import java.util.List;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Setting;
import org.asrsizing.model.Units;

/** Every sentence the inventory readers produce, in one place so a test can pin their wording. */
final class InventoryMessages {

  /** The settings the messages advise changing. */
  static final Hint FORMAT = Hint.of(Setting.INVENTORY_FORMAT);

  static final Hint CHANGE_RATE = Hint.of(Setting.CHANGE_RATE);
  static final Hint POWERED_OFF = Hint.of(Setting.INCLUDE_POWERED_OFF);

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
    return quote(value)
        + " uses a comma; write the decimal point as a dot, or read the file with decimal commas";
  }

  static String decimalPoint(String value) {
    return quote(value)
        + " has a point, but this file writes decimals with a comma (its cells are separated by"
        + " semicolons, or decimal commas were asked for), where a point may separate thousands;"
        + " write it with a decimal comma";
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

  static String streamTooLarge(String name, long maxBytes) {
    String size = maxBytes >= 1L << 30 ? (maxBytes >> 30) + " GiB" : (maxBytes >> 20) + " MiB";
    return "inventory "
        + name
        + " is larger than the "
        + size
        + " read from a stream; save it to a file and give the file's name";
  }

  static String nothingRead(String name) {
    return "inventory " + name + " is empty: nothing was read from it";
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
        + ": cannot tell its format from its name and header; choose one with "
        + FORMAT.phrase()
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

  /** A compatibility check that could not run, and the column it needs. */
  static String notChecked(String what, String column) {
    return "the "
        + what
        + " of the machines was not checked against the support matrix: the"
        + " inventory has no "
        + column;
  }

  static String noSheet(String workbook, String sheet) {
    return "inventory " + workbook + " has no " + sheet + ", which an RVTools export needs";
  }

  static String estimatedChurn(double changeRatePercent) {
    return "RVTools has no churn: each machine's daily churn is estimated as "
        + Units.percent(changeRatePercent)
        + " of its storage in use ("
        + CHANGE_RATE.phrase()
        + "); profile the machines for a real figure";
  }

  static String storageInUse(String inUseColumn, String provisionedColumn) {
    String column = inUseColumn != null ? inUseColumn : provisionedColumn;
    String fallback =
        inUseColumn != null && provisionedColumn != null
            ? ", else the vInfo column " + provisionedColumn
            : "";
    return "storage in use is the consumed space of a machine's guest partitions (vPartition)"
        + " where listed, else the vInfo column "
        + (column == null ? "In Use MiB" : column)
        + (column == null || column.endsWith("MiB")
            ? ""
            : ", which older RVTools versions fill with MiB")
        + fallback;
  }

  static String provisioned(List<String> machines, int named) {
    return count(machines.size(), "machine")
        + " ("
        + Units.names(machines, named)
        + ") have neither partitions in vPartition nor a storage in use in vInfo: their"
        + " provisioned size is taken, which overstates the churn of thin-provisioned disks";
  }

  static String firstDiskIsOsDisk() {
    return "the first disk of each machine in vDisk is taken as its OS disk, the others as data"
        + " disks";
  }

  static String siteIs(String column) {
    return "a machine's site is its " + column;
  }

  static String noSiteColumn(String column) {
    return "the header has no column " + column + ", which the site setting names";
  }

  static String notRunning(boolean template, String powerState) {
    return (template ? "a template" : "not powered on (" + powerState + ")")
        + "; "
        + POWERED_OFF.phrase()
        + " keeps it";
  }

  static String notATimestamp(String value) {
    return quote(value) + " is not an ISO-8601 date and time such as 2024-05-01T10:15:00Z";
  }

  static String percentileMethod(double percentile, boolean kilo) {
    return "a machine's daily churn is the data it writes in a day (each sample"
        + (kilo ? ", writeKBps / 1024 = MB/s," : "")
        + " holding until the next, at most the usual step; a day scaled to 24 hours of its"
        + " sampled time), percentile "
        + Units.number(percentile, 2)
        + " of its days; its peak write rate is percentile "
        + Units.number(percentile, 2)
        + " of its samples";
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code value} (at most its first 40 characters) is above {@link Cells#LARGEST}. */
  static String tooLarge(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return quote(shown) + " is larger than 10^15, the largest number accepted";
  }

  /** A number of a JSON or YAML file, whose digits the parser no longer has, is too large. */
  static String tooLargeNumber() {
    return "the number is larger than 10^15, the largest number accepted";
  }

  /** Machine names read without the spaces around them; the first few are listed. */
  static String paddedNames(List<String> names) {
    return names.size()
        + (names.size() == 1
            ? " machine name has spaces before or after it"
            : " machine names have spaces before or after them")
        + ", which were removed: "
        + Units.names(names, 5);
  }

  static String quote(String value) {
    return "'" + value + "'";
  }
}
