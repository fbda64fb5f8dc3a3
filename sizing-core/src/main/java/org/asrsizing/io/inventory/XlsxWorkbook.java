package org.asrsizing.io.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/** An xlsx workbook read with fastexcel, one row at a time; rows are numbered as Excel shows. */
final class XlsxWorkbook implements Workbook {

  private final String file;
  private final InputStream in;
  private final ReadableWorkbook workbook;

  private XlsxWorkbook(String file, InputStream in, ReadableWorkbook workbook) {
    this.file = file;
    this.in = in;
    this.workbook = workbook;
  }

  static XlsxWorkbook open(Path path, String file) {
    InputStream in = null;
    try {
      in = Files.newInputStream(path);
      return new XlsxWorkbook(file, in, new ReadableWorkbook(in));
    } catch (IOException | RuntimeException e) {
      if (in != null) {
        Files2.closeQuietly(in);
      }
      throw notAWorkbook(file, e);
    }
  }

  static InventoryException notAWorkbook(String file, Exception e) {
    return new InventoryException(
        InventoryMessages.unreadable(file, "it is not an xlsx workbook, or it is damaged"), e);
  }

  private Optional<Sheet> sheet(String name) {
    return workbook.getSheets().filter(s -> s.getName().equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public boolean has(String sheet) {
    return sheet(sheet).isPresent();
  }

  @Override
  public Table table(String name) {
    Sheet sheet =
        sheet(name)
            .orElseThrow(() -> new InventoryException(InventoryMessages.noSheet(file, name)));
    try {
      return new SheetTable(file + " sheet " + sheet.getName(), sheet.openStream());
    } catch (IOException | RuntimeException e) {
      throw notAWorkbook(file, e);
    }
  }

  @Override
  public void close() {
    Files2.closeQuietly(workbook);
    Files2.closeQuietly(in);
  }

  /** One sheet: its first row is the header. */
  private static final class SheetTable implements Table {
    private final String location;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final Header header;

    SheetTable(String location, Stream<org.dhatim.fastexcel.reader.Row> stream) {
      this.location = location;
      this.stream = stream;
      this.rows = stream.iterator();
      org.dhatim.fastexcel.reader.Row first = nextRow();
      if (first == null) {
        throw new InventoryException(
            InventoryMessages.file(location, InventoryMessages.noHeader()));
      }
      this.header = new Header(cells(first), location);
    }

    @Override
    public String location() {
      return location;
    }

    @Override
    public Header header() {
      return header;
    }

    @Override
    public CellsRow next() {
      org.dhatim.fastexcel.reader.Row row = nextRow();
      while (row != null && cells(row).stream().allMatch(String::isBlank)) {
        row = nextRow();
      }
      return row == null
          ? null
          : new CellsRow(location, "row", row.getRowNum(), header, cells(row));
    }

    private org.dhatim.fastexcel.reader.Row nextRow() {
      try {
        return rows.hasNext() ? rows.next() : null;
      } catch (RuntimeException e) {
        throw notAWorkbook(location, e);
      }
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(text(row.getCell(i)));
      }
      return cells;
    }

    private static String text(Cell cell) {
      if (cell == null) {
        return "";
      }
      return switch (cell.getType()) {
        case NUMBER -> cell.asNumber().toPlainString();
        case BOOLEAN -> cell.asBoolean() ? "True" : "False";
        case EMPTY -> "";
        default -> cell.getText() == null ? "" : cell.getText();
      };
    }

    @Override
    public void close() {
      stream.close();
    }
  }
}
