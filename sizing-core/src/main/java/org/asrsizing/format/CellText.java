package org.asrsizing.format;

/**
 * Text cells made safe for where they are shown. Spreadsheet programs run a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (and some also after a tab or carriage return) as a
 * formula, so a machine named {@code =cmd|' /C calc'!A0} in an inventory must not reach a CSV or
 * XLSX file as it is (OWASP: CSV injection).
 */
final class CellText {

  private CellText() {}

  /**
   * {@code text} for a spreadsheet cell: prefixed with a single quote when it starts with a
   * character that would make it a formula; {@code null} stays {@code null}.
   */
  static String spreadsheet(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }

  /**
   * {@code text} for a cell of a Markdown pipe table: {@code |} escaped, line breaks turned into
   * blanks, so a cell never splits the row.
   */
  static String markdownCell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r\n", " ")
        .replace('\n', ' ')
        .replace('\r', ' ');
  }
}
