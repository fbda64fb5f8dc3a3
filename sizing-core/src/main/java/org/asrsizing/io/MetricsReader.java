package org.asrsizing.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.asrsizing.model.ObservedMetrics;
import org.asrsizing.operate.DeploymentException;

/**
 * Reads observed process-server metrics from CSV: a {@code server} column and any of {@code
 * cpuPercent}, {@code memoryPercent}, {@code cacheFreePercent} and {@code cacheUploadMinutes}
 * (header names are case-insensitive; an empty cell is unknown).
 */
public final class MetricsReader {

  static final List<String> COLUMNS =
      List.of("server", "cpuPercent", "memoryPercent", "cacheFreePercent", "cacheUploadMinutes");

  private MetricsReader() {}

  /** The metrics in {@code file} by server id; each server must be one of {@code servers}. */
  public static Map<String, ObservedMetrics> read(Path file, java.util.Set<String> servers) {
    String what = "metrics file " + file;
    InputFiles.notARegularFile(file)
        .ifPresent(
            problem -> {
              throw new DeploymentException(what + " " + problem);
            });
    Utf8.require(file, what, DeploymentException::new);
    try {
      if (Files.readString(file, StandardCharsets.UTF_8).isBlank()) {
        throw new DeploymentException(
            what + " is empty; it needs a header line with a server column");
      }
    } catch (IOException e) {
      throw new DeploymentException(what + " cannot be read: " + e.getMessage(), e);
    }
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Map<String, ObservedMetrics> metrics = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows =
            mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
      Map<String, String> columns = null;
      int line = 1;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        line++;
        if (columns == null) {
          columns = columns(row.keySet(), what);
        }
        String server = cell(row, columns, "server");
        if (server == null) {
          throw new DeploymentException(what + " line " + line + ": the server column is empty");
        }
        if (!servers.contains(server)) {
          throw new DeploymentException(
              what + " line " + line + ": server " + server + " is not in the deployment");
        }
        Double cpu = number(row, columns, "cpuPercent", what, line);
        Double memory = number(row, columns, "memoryPercent", what, line);
        Double free = number(row, columns, "cacheFreePercent", what, line);
        Double upload = number(row, columns, "cacheUploadMinutes", what, line);
        ObservedMetrics observed;
        try {
          observed = new ObservedMetrics(cpu, memory, free, upload);
        } catch (IllegalArgumentException e) {
          throw new DeploymentException(what + " line " + line + ": " + e.getMessage(), e);
        }
        if (metrics.put(server, observed) != null) {
          throw new DeploymentException(
              what + " line " + line + ": server " + server + " appears twice");
        }
      }
    } catch (NoSuchFileException e) {
      throw new DeploymentException(what + " does not exist", e);
    } catch (JacksonException e) {
      throw new DeploymentException(
          what + at(e.getLocation()) + " is not valid CSV: " + ParserLimits.message(e), e);
    } catch (IOException e) {
      throw new DeploymentException(what + " cannot be read: " + e.getMessage(), e);
    }
    return metrics;
  }

  /** Our column name by the file's header name; unknown headers are an error. */
  private static Map<String, String> columns(Iterable<String> header, String what) {
    Map<String, String> byOurs = new TreeMap<>();
    for (String h : header) {
      // Spreadsheet programs start UTF-8 files with a byte order mark.
      String name = h.startsWith("\ufeff") ? h.substring(1) : h;
      String ours =
          COLUMNS.stream()
              .filter(c -> c.toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DeploymentException(
                          what
                              + " line 1: unknown column '"
                              + h
                              + "'; expected "
                              + String.join(", ", COLUMNS)));
      byOurs.put(ours, h);
    }
    if (!byOurs.containsKey("server")) {
      throw new DeploymentException(what + " line 1: the header has no server column");
    }
    return byOurs;
  }

  private static String cell(Map<String, String> row, Map<String, String> columns, String ours) {
    String header = columns.get(ours);
    String value = header == null ? null : row.get(header);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Double number(
      Map<String, String> row, Map<String, String> columns, String ours, String what, int line) {
    String text = cell(row, columns, ours);
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
    } catch (NumberFormatException e) {
      throw new DeploymentException(
          what + " line " + line + " column " + ours + ": '" + text + "' is not a number", e);
    }
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
  }
}
