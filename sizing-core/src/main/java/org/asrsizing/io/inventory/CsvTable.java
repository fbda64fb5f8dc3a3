package org.asrsizing.io.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file with a header line, read one row at a time with Jackson's CSV parser, so that files of
 * any length are read in constant memory. Rows know their line numbers; blank lines are skipped.
 */
final class CsvTable implements Table {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  private final Path path;
  private final String file;
  private final CsvParser parser;
  private final CsvDialect dialect;
  private final Header header;
  private long lastLine;
  private boolean started;

  private CsvTable(Path path, String file, CsvParser parser, CsvDialect dialect) {
    this.path = path;
    this.file = file;
    this.parser = parser;
    this.dialect = dialect;
    List<String> first = nextCells();
    if (first == null) {
      throw new InventoryException(InventoryMessages.file(file, InventoryMessages.noHeader()));
    }
    this.header = new Header(first, file);
  }

  /** Opens {@code path}, named {@code file} in messages, and reads its header. */
  static CsvTable open(Path path, String file) {
    return open(path, file, ReadOptions.defaults());
  }

  /**
   * As above, in the CSV dialect {@code options} give or, where they give none, the one its first
   * line shows ({@link CsvDialect#of}).
   */
  static CsvTable open(Path path, String file, ReadOptions options) {
    CsvParser parser;
    CsvDialect dialect;
    try {
      java.io.BufferedReader reader = Files2.reader(path, file);
      reader.mark(1 << 16);
      dialect = CsvDialect.of(firstLine(reader), options);
      reader.reset();
      parser = (CsvParser) MAPPER.createParser(reader);
      parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(dialect.delimiter()));
    } catch (IOException e) {
      throw Files2.unreadable(path, file, e);
    }
    try {
      return new CsvTable(path, file, parser, dialect);
    } catch (RuntimeException e) {
      Files2.closeQuietly(parser);
      throw e;
    }
  }

  /** The first line, at most 64 KiB of it, or {@code null} for an empty file. */
  private static String firstLine(java.io.BufferedReader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = reader.read();
        c >= 0 && c != '\n' && line.length() < (1 << 15);
        c = reader.read()) {
      line.append((char) c);
    }
    return line.toString();
  }

  /** The dialect the file is read in. */
  CsvDialect dialect() {
    return dialect;
  }

  @Override
  public String location() {
    return file;
  }

  @Override
  public Header header() {
    return header;
  }

  /** The next row, or {@code null} at the end. */
  @Override
  public CellsRow next() {
    List<String> cells = nextCells();
    return cells == null
        ? null
        : new CellsRow(file, "line", lastLine, header, cells, dialect.decimalComma());
  }

  private List<String> nextCells() {
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.START_ARRAY && !started) {
        // The document is one array of rows.
        started = true;
        t = parser.nextToken();
      }
      if (t != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      for (t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        if (cells.isEmpty()) {
          lastLine = parser.currentTokenLocation().getLineNr();
        }
        cells.add(parser.getText());
      }
      return cells;
    } catch (JsonProcessingException e) {
      throw Files2.malformed(path, file, e, lastLine);
    } catch (IOException e) {
      throw Files2.unreadable(path, file, e);
    }
  }

  @Override
  public void close() {
    Files2.closeQuietly(parser);
  }
}
