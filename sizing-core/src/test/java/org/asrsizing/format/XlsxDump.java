package org.asrsizing.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A workbook read back with fastexcel-reader, as text for golden files and assertions: each sheet
 * as {@code # name}, each row as its cells separated by {@code | }, each cell as {@code type:value}
 * ({@code n} number, {@code s} text, {@code b} boolean), empty cells as nothing.
 */
final class XlsxDump {

  private XlsxDump() {}

  static String of(byte[] xlsx) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : wb.getSheets().toList()) {
        sb.append("# ").append(sheet.getName()).append('\n');
        for (Row row : sheet.read()) {
          sb.append(row.getRowNum()).append(": ");
          for (int c = 0; c < row.getCellCount(); c++) {
            if (c > 0) {
              sb.append(" | ");
            }
            sb.append(cell(row.getCell(c)));
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** The cells of {@code sheet}, as read. */
  static List<Row> rows(byte[] xlsx, String sheet) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return wb.findSheet(sheet).orElseThrow().read();
    }
  }

  private static String cell(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> "n:" + cell.asNumber().toPlainString();
      case BOOLEAN -> "b:" + cell.asBoolean();
      case STRING -> "s:" + cell.asString().replace("\t", "\\t");
      default -> cell.getType() + ":" + cell.getRawValue();
    };
  }
}
