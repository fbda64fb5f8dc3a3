package org.asrsizing.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.asrsizing.runbook.Proxy;
import org.asrsizing.runbook.RunbookInputException;
import org.asrsizing.runbook.ServerDetails;

/**
 * Reads a servers file (YAML, JSON or CSV): per server id its host name, IPs, install location,
 * environment, data port, version and proxy. Every value is checked; the first bad one is a {@link
 * RunbookInputException} naming the file, line and field.
 */
public final class ServersFileReader {

  /** The fields a server may have; nested proxy fields are {@code proxy.address} and so on. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "hostName",
          "psIp",
          "csIp",
          "installLocation",
          "envType",
          "dataTransferPort",
          "version",
          "proxy.address",
          "proxy.port",
          "proxy.authenticate",
          "proxy.userName");

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Pattern PATH =
      Pattern.compile(
          "[A-Za-z]:\\\\([^<>:\"/\\\\|?*%\\x00-\\x1f]+(\\\\[^<>:\"/\\\\|?*%\\x00-\\x1f]+)*\\\\?)?");
  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){1,3}");
  private static final Pattern USER = Pattern.compile("[^\"\\r\\n\\x00-\\x1f]{1,256}");

  private record Cell(String value, int line) {}

  private record Entry(int line, Map<String, Cell> cells) {}

  private ServersFileReader() {}

  /**
   * The details by server id, for ids of {@code planIds} only.
   *
   * @throws RunbookInputException when the file cannot be read or a value is invalid
   */
  public static Map<String, ServerDetails> read(Path file, Set<String> planIds) {
    String name = file.toString();
    InputFiles.notARegularFile(file)
        .ifPresent(
            problem -> {
              throw new RunbookInputException("servers file " + name + " " + problem);
            });
    Utf8.require(file, "servers file " + name, RunbookInputException::new);
    List<Entry> entries;
    try {
      String lower = name.toLowerCase(Locale.ROOT);
      entries = lower.endsWith(".csv") ? csv(file) : tree(file, lower.endsWith(".json"));
    } catch (RunbookInputException e) {
      throw new RunbookInputException("servers file " + name + ", " + e.getMessage());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new RunbookInputException(
          "servers file " + name + ", line " + line + ": " + ParserLimits.message(e) + ".", e);
    } catch (IOException e) {
      throw new RunbookInputException(
          "servers file " + name + " cannot be read: " + e.getMessage() + ".", e);
    }
    Map<String, ServerDetails> out = new LinkedHashMap<>();
    for (Entry entry : entries) {
      ServerDetails d = details(name, entry, planIds);
      if (out.containsKey(d.id())) {
        throw RunbookInputException.at(
            name, entry.cells().get("id").line(), "id", "server " + d.id() + " is listed twice");
      }
      out.put(d.id(), d);
    }
    return out;
  }

  private static ServerDetails details(String file, Entry e, Set<String> planIds) {
    Map<String, Cell> c = e.cells();
    Cell id = checkedId(file, e, planIds);
    Proxy proxy = c.keySet().stream().anyMatch(k -> k.startsWith("proxy.")) ? proxy(file, c) : null;
    String env = checked(file, c, "envType", v -> envType(v) != null, "not VMware or NonVMware");
    return new ServerDetails(
        id.value(),
        checked(file, c, "hostName", v -> HOST.matcher(v).matches(), "not a host name"),
        checked(file, c, "psIp", v -> IPV4.matcher(v).matches(), "not an IPv4 address"),
        checked(file, c, "csIp", v -> IPV4.matcher(v).matches(), "not an IPv4 address"),
        checked(
            file,
            c,
            "installLocation",
            v -> PATH.matcher(v).matches(),
            "not a local folder such as D:\\ or C:\\Program Files\\ASR"),
        env == null ? null : envType(env),
        port(file, c, "dataTransferPort"),
        checked(
            file,
            c,
            "version",
            v -> VERSION.matcher(v).matches(),
            "not a version such as 9.54.0.0"),
        proxy);
  }

  /** The entry's id, once every field is known and the plan has the server. */
  private static Cell checkedId(String file, Entry e, Set<String> planIds) {
    Map<String, Cell> c = e.cells();
    for (Map.Entry<String, Cell> cell : c.entrySet()) {
      if (!FIELDS.contains(cell.getKey())) {
        throw RunbookInputException.at(
            file,
            cell.getValue().line(),
            cell.getKey(),
            "unknown field; the fields are " + String.join(", ", FIELDS));
      }
    }
    Cell id = c.get("id");
    if (id == null) {
      throw RunbookInputException.at(file, e.line(), "id", "missing: every server needs its id");
    }
    if (!planIds.contains(id.value())) {
      throw RunbookInputException.at(
          file,
          id.line(),
          "id",
          "the plan has no server " + id.value() + " (it has " + String.join(", ", planIds) + ")");
    }
    return id;
  }

  private static Proxy proxy(String file, Map<String, Cell> c) {
    return new Proxy(
        checked(
            file,
            c,
            "proxy.address",
            v -> IPV4.matcher(v).matches() || HOST.matcher(v).matches(),
            "not an IPv4 address or host name"),
        port(file, c, "proxy.port"),
        yesNo(file, c, "proxy.authenticate"),
        checked(
            file,
            c,
            "proxy.userName",
            v -> USER.matcher(v).matches(),
            "not a user name (no quotes or control characters)"));
  }

  static ServerDetails.EnvType envType(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "vmware" -> ServerDetails.EnvType.VMWARE;
      case "nonvmware" -> ServerDetails.EnvType.NON_VMWARE;
      default -> null;
    };
  }

  private static String checked(
      String file,
      Map<String, Cell> c,
      String field,
      java.util.function.Predicate<String> ok,
      String problem) {
    Cell cell = c.get(field);
    if (cell == null || cell.value() == null || cell.value().isBlank()) {
      return null;
    }
    String v = cell.value().strip();
    if (!ok.test(v)) {
      throw RunbookInputException.at(file, cell.line(), field, "'" + v + "' is " + problem);
    }
    return v;
  }

  private static Integer port(String file, Map<String, Cell> c, String field) {
    String v =
        checked(
            file,
            c,
            field,
            s -> s.matches("\\d{1,5}") && Integer.parseInt(s) >= 1 && Integer.parseInt(s) <= 65535,
            "not a port from 1 to 65535");
    return v == null ? null : Integer.valueOf(v);
  }

  private static Boolean yesNo(String file, Map<String, Cell> c, String field) {
    String v =
        checked(file, c, field, s -> s.matches("(?i)true|false|yes|no"), "must be true or false");
    return v == null ? null : v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes");
  }

  private static List<Entry> csv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    List<Entry> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvParser p = (CsvParser) mapper.getFactory().createParser(r)) {
      p.setSchema(CsvSchema.emptySchema().withHeader());
      // Line 1 is the header; a row is one line (a quoted cell spanning lines is not counted).
      int line = 1;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        line++;
        Map<String, Cell> cells = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.startsWith("proxy") && field.length() > 5 && !field.contains(".")) {
            field = "proxy." + Character.toLowerCase(field.charAt(5)) + field.substring(6);
          }
          if (!p.getText().isBlank()) {
            cells.put(field, new Cell(p.getText(), line));
          }
        }
        out.add(new Entry(line, cells));
      }
    }
    return out;
  }

  private static List<Entry> tree(Path file, boolean json) throws IOException {
    JsonFactory f = json ? new JsonFactory() : ParserLimits.yamlFactory();
    List<Entry> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser p = f.createParser(r)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
        if (t != JsonToken.FIELD_NAME || !"servers".equals(p.currentName())) {
          throw new RunbookInputException(
              "line " + p.getTokenLocation().getLineNr() + ": expected a list named servers.");
        }
        t = p.nextToken();
      }
      if (t != JsonToken.START_ARRAY) {
        throw new RunbookInputException(
            "line " + p.getTokenLocation().getLineNr() + ": expected a list of servers.");
      }
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        int line = p.getTokenLocation().getLineNr();
        Map<String, Cell> cells = new LinkedHashMap<>();
        object(p, "", cells);
        out.add(new Entry(line, cells));
      }
      if (t != JsonToken.END_ARRAY) {
        throw new RunbookInputException(
            "line " + p.getTokenLocation().getLineNr() + ": expected a server (a map of fields).");
      }
    }
    return out;
  }

  private static void object(JsonParser p, String prefix, Map<String, Cell> cells)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = prefix + p.currentName();
      JsonToken v = p.nextToken();
      int line = p.getTokenLocation().getLineNr();
      if (v == JsonToken.START_OBJECT && prefix.isEmpty() && field.equals("proxy")) {
        object(p, "proxy.", cells);
      } else if (v.isScalarValue()) {
        cells.put(field, new Cell(v == JsonToken.VALUE_NULL ? null : p.getText(), line));
      } else {
        throw new RunbookInputException(
            "line " + line + ", field " + field + ": expected a single value.");
      }
    }
  }
}
