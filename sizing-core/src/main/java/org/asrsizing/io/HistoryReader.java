package org.asrsizing.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asrsizing.whatif.HistoryPoint;
import org.asrsizing.whatif.WhatIfInputException;

/**
 * Reads measured history, for a forecast, from CSV with a header row: {@code date} (ISO,
 * 2024-01-31), {@code churnGiBPerDay} (total daily churn, GiB/day) and optionally {@code machines}.
 * Dates must increase; at least {@value #MIN_POINTS} rows.
 */
public final class HistoryReader {

  /** Rows a trend with a prediction interval needs at least. */
  public static final int MIN_POINTS = 3;

  private HistoryReader() {}

  public static List<HistoryPoint> read(Path file) {
    InputFiles.notARegularFile(file)
        .ifPresent(
            problem -> {
              throw new WhatIfInputException("history file " + file + " " + problem);
            });
    Utf8.require(file, "history file " + file, WhatIfInputException::new);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new WhatIfInputException("cannot read history file " + file + ": " + e.getMessage(), e);
    }
  }

  static List<HistoryPoint> read(Reader in, String name) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<HistoryPoint> points = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
      while (rows.hasNextValue()) {
        // Read before the row: after it, the location is already on the next line.
        long line = rows.getCurrentLocation().getLineNr();
        Map<String, String> row = rows.nextValue();
        points.add(point(row, name, line, points.isEmpty() ? null : points.get(points.size() - 1)));
      }
    } catch (JsonProcessingException e) {
      throw new WhatIfInputException(
          name
              + " line "
              + e.getLocation().getLineNr()
              + ": not valid CSV ("
              + ParserLimits.message(e)
              + ")",
          e);
    }
    if (points.size() < MIN_POINTS) {
      throw new WhatIfInputException(
          name + ": needs at least " + MIN_POINTS + " rows of history, has " + points.size());
    }
    return points;
  }

  private static HistoryPoint point(
      Map<String, String> row, String name, long line, HistoryPoint before) {
    String where = name + " line " + line + ": ";
    for (String column : List.of("date", "churnGiBPerDay")) {
      if (row.get(column) == null || row.get(column).isBlank()) {
        throw new WhatIfInputException(
            where + "missing " + column + " (header: date,churnGiBPerDay[,machines])");
      }
    }
    LocalDate date;
    try {
      date = LocalDate.parse(row.get("date"));
    } catch (DateTimeParseException e) {
      throw new WhatIfInputException(
          where + "'" + row.get("date") + "' is not a date like 2024-01-31", e);
    }
    if (before != null && !date.isAfter(before.date())) {
      throw new WhatIfInputException(where + "dates must increase, " + date + " does not");
    }
    double churn = number(row.get("churnGiBPerDay"), where + "churnGiBPerDay");
    String m = row.get("machines");
    Integer machines = null;
    if (m != null && !m.isBlank()) {
      if (!m.matches("[0-9]{1,9}")) {
        throw new WhatIfInputException(where + "machines '" + m + "' is not a whole number");
      }
      machines = Integer.parseInt(m);
    }
    return new HistoryPoint(date, churn, machines);
  }

  private static double number(String text, String what) {
    if (!text.matches("[0-9]+(\\.[0-9]+)?")) {
      throw new WhatIfInputException(what + " '" + text + "' is not a number of 0 or more");
    }
    return Double.parseDouble(text);
  }
}
