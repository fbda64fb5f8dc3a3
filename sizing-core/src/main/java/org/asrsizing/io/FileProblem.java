package org.asrsizing.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson found wrong in a JSON or YAML file, in the parts a sentence for a person needs.
 *
 * @param kind what went wrong
 * @param line the line of the problem, from 1, or 0 when not known
 * @param column the column of the problem, from 1, or 0 when not known
 * @param path where in the document, for example {@code processServerTiers[0].vcpus}, or {@code
 *     (top level)}
 * @param field the last name of {@code path}: for an unknown field, its name; empty when the path
 *     ends in a list index or there is none
 * @param parent {@code path} without its last step, or {@code the top level}
 * @param value the value that could not be used, when the parser kept it
 * @param expectedType the Java type the value was to become, when known
 * @param knownFields for an unknown field, the fields its object has, sorted
 * @param detail the first line of Jackson's own message
 */
public record FileProblem(
    Kind kind,
    long line,
    long column,
    String path,
    String field,
    String parent,
    Object value,
    Class<?> expectedType,
    List<String> knownFields,
    String detail) {

  /** What went wrong. */
  public enum Kind {
    /** Not JSON or YAML at all. */
    SYNTAX,
    /** A field the file's format does not have. */
    UNKNOWN_FIELD,
    /** A value of the wrong type, or a missing one where one is needed. */
    WRONG_VALUE,
    /** A value the file's format refuses for another reason. */
    REFUSED_VALUE
  }

  public FileProblem {
    field = field == null ? "" : field;
    knownFields = List.copyOf(knownFields);
  }

  /** {@code " line L column C"}, or nothing when the place is not known. */
  public String at() {
    return line < 1 ? "" : " line " + line + " column " + column;
  }

  /** The problem {@code e} reports in {@code text}. */
  static FileProblem of(JacksonException e, byte[] text) {
    if (!(e instanceof JsonMappingException m)) {
      Place at = Place.of(e.getLocation());
      return new FileProblem(
          Kind.SYNTAX, at.line(), at.column(), "", "", "", null, null, List.of(), detail(e));
    }
    List<JsonMappingException.Reference> steps = m.getPath();
    String path = path(steps);
    String parent = steps.size() <= 1 ? "the top level" : path(steps.subList(0, steps.size() - 1));
    String field = steps.isEmpty() ? null : steps.get(steps.size() - 1).getFieldName();
    if (m instanceof UnrecognizedPropertyException u) {
      List<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      Place key = keyAt(text, u.getPropertyName());
      Place at = key.line() > 0 ? key : Place.of(tokenLocation(m));
      return new FileProblem(
          Kind.UNKNOWN_FIELD,
          at.line(),
          at.column(),
          path,
          u.getPropertyName(),
          parent,
          null,
          null,
          known,
          detail(e));
    }
    if (m instanceof MismatchedInputException w) {
      Object value = w instanceof InvalidFormatException f ? f.getValue() : null;
      Place at = Place.of(tokenLocation(m));
      return new FileProblem(
          Kind.WRONG_VALUE,
          at.line(),
          at.column(),
          path,
          field,
          parent,
          value,
          w.getTargetType(),
          List.of(),
          detail(e));
    }
    Place at = Place.of(tokenLocation(m));
    return new FileProblem(
        Kind.REFUSED_VALUE,
        at.line(),
        at.column(),
        path,
        field,
        parent,
        null,
        null,
        List.of(),
        detail(e));
  }

  /** What a value of {@link #expectedType} is, for a person. */
  public String expectedKind() {
    Class<?> type = expectedType;
    if (type == null) {
      return "another kind of value";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }

  private static String path(List<JsonMappingException.Reference> steps) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : steps) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "(top level)" : sb.toString();
  }

  /**
   * Where the token being read starts: YAML parsers report the end of a value as the error's
   * location, which can be the next line.
   */
  private static JsonLocation tokenLocation(JsonMappingException e) {
    if (e.getProcessor() instanceof JsonParser p && p.currentTokenLocation() != null) {
      return p.currentTokenLocation();
    }
    return e.getLocation();
  }

  /**
   * Where key {@code name} first appears in the text: Jackson locates an unknown field of a record
   * at the end of its object, which is less useful.
   */
  private static Place keyAt(byte[] text, String name) {
    if (text == null) {
      return Place.UNKNOWN;
    }
    Pattern key = Pattern.compile("(^|[\\s{,\\-])\"?" + Pattern.quote(name) + "\"?\\s*:");
    String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = key.matcher(lines[i]);
      if (m.find()) {
        int column = m.start() + m.group(1).length() + 1;
        return new Place(i + 1, column);
      }
    }
    return Place.UNKNOWN;
  }

  /** A line and column in the text; line 0 when not known. */
  private record Place(long line, long column) {
    static final Place UNKNOWN = new Place(0, 0);

    static Place of(JsonLocation location) {
      if (location == null || location.getLineNr() < 1) {
        return UNKNOWN;
      }
      return new Place(location.getLineNr(), location.getColumnNr());
    }
  }

  private static String detail(JacksonException e) {
    String limit = ParserLimits.limitMet(e);
    if (limit != null) {
      return limit;
    }
    String message = e.getOriginalMessage();
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return plain(nl < 0 ? message : message.substring(0, nl));
  }

  private static final java.util.regex.Pattern OF_TYPE =
      java.util.regex.Pattern.compile("\\s*\\(of `[^`]*`\\)");
  private static final java.util.regex.Pattern CLASS =
      java.util.regex.Pattern.compile("\\s*\\(class [\\w.$]+\\)");
  private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("`([^`]*)`");

  /**
   * Jackson's words without Java: a reader's type names become the kind of value a person would
   * write (a number, text, a list), so no message shows a class name.
   */
  static String plain(String jackson) {
    String m = OF_TYPE.matcher(jackson).replaceAll("");
    m = CLASS.matcher(m).replaceAll("").replace(", not marked as ignorable", "");
    m =
        m.replace(
            "No fallback setter/field defined for creator property",
            "the value cannot be set (given twice?) for the field");
    java.util.regex.Matcher t = TYPE.matcher(m);
    StringBuilder out = new StringBuilder();
    while (t.find()) {
      t.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(kind(t.group(1))));
    }
    t.appendTail(out);
    return out.toString();
  }

  private static String kind(String type) {
    String simple = type.replaceAll("<.*", "");
    simple = simple.substring(simple.lastIndexOf('.') + 1).replace("[]", "");
    return switch (simple) {
      case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
      case "double", "Double", "float", "Float", "BigDecimal", "Number" -> "a number";
      case "String", "char", "Character" -> "text";
      case "boolean", "Boolean" -> "true or false";
      case "List", "ArrayList", "Collection", "Set" -> "a list";
      default -> "an object";
    };
  }
}
