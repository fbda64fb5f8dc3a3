package org.asrsizing.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.asrsizing.model.InputFileException;

/**
 * The one reader of JSON and YAML files: reads a file into a typed value or a tree, and turns
 * whatever goes wrong (no file, an unreadable one, text that is not JSON or YAML, a field that does
 * not map) into one {@link InputFileException} sentence that names the file, the line and column,
 * and what was expected.
 *
 * <p>The sentences are the same for every kind of file; a reader changes a part only where its
 * users were promised other words ({@link Sentences}).
 */
public final class StructuredFile {

  /** JSON or YAML. */
  public enum Syntax {
    JSON,
    YAML;

    /**
     * By the file's extension: {@code .yaml} or {@code .yml}, {@code .json}, else {@code other}.
     */
    public static Syntax of(Path file, Syntax other) {
      String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return YAML;
      }
      return name.endsWith(".json") ? JSON : other;
    }

    /** A builder of a mapper that reads this syntax, for the reader to configure. */
    public MapperBuilder<?, ?> mapper() {
      return this == YAML ? YAMLMapper.builder(ParserLimits.yamlFactory()) : JsonMapper.builder();
    }
  }

  /**
   * How one kind of file words its problems. Every part has the standard sentence; a reader
   * overrides a part only to keep words its users rely on.
   */
  public interface Sentences {

    /** Text that is not JSON or YAML. */
    default String notParsed(String what, Syntax syntax, FileProblem p) {
      return what + p.at() + " is not valid " + syntax + ": " + p.detail();
    }

    /** A field that is not in the format; by default names the fields its object has. */
    default String unknownField(String what, FileProblem p) {
      return what
          + p.at()
          + ": unknown field '"
          + p.field()
          + "' in "
          + p.parent()
          + "; expected one of "
          + String.join(", ", p.knownFields());
    }

    /** A value of the wrong type or missing. */
    default String wrongValue(String what, FileProblem p) {
      return what
          + p.at()
          + ": field '"
          + p.path()
          + "' "
          + (p.value() == null ? "has the wrong type" : "has the value '" + p.value() + "'")
          + "; expected "
          + expected(p);
    }

    /** A value the format refuses for a reason Jackson states. */
    default String refusedValue(String what, FileProblem p) {
      return what
          + p.at()
          + ": field '"
          + p.path()
          + "' has the wrong type or value ("
          + p.detail()
          + ")";
    }

    /** What the value at the problem's place should be, for a person. */
    default String expected(FileProblem p) {
      return p.expectedKind();
    }
  }

  /** The standard sentences. */
  public static final Sentences STANDARD = new Sentences() {};

  private final String what;
  private final Syntax syntax;
  private final ObjectMapper mapper;
  private final Sentences sentences;
  private final BiFunction<String, Throwable, ? extends InputFileException> exception;

  /**
   * A reader of one file.
   *
   * @param what the file as sentences name it, for example {@code catalog my.json}
   * @param syntax JSON or YAML
   * @param mapper the mapper for that syntax, configured as the format needs
   * @param sentences the words of this kind of file
   * @param exception the exception of this kind of file, from a sentence and its cause
   */
  public StructuredFile(
      String what,
      Syntax syntax,
      ObjectMapper mapper,
      Sentences sentences,
      BiFunction<String, Throwable, ? extends InputFileException> exception) {
    this.what = what;
    this.syntax = syntax;
    this.mapper = mapper;
    this.sentences = sentences;
    this.exception = exception;
  }

  /** The file as sentences name it. */
  public String what() {
    return what;
  }

  /** The bytes of {@code file}. */
  public byte[] bytes(Path file) {
    Optional<String> notAFile = InputFiles.notARegularFile(file);
    if (notAFile.isPresent()) {
      throw exception.apply(what + " " + notAFile.get(), null);
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw exception.apply(what + " does not exist", e);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The bytes of {@code in}, which is read to its end and left open. */
  public byte[] bytes(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The value of {@code type} that {@code file} holds; {@code null} for an empty YAML file. */
  public <T> T read(Path file, Class<T> type) {
    return value(bytes(file), type);
  }

  /** The value of {@code type} that {@code text} holds. */
  public <T> T value(byte[] text, Class<T> type) {
    return value(text, t -> mapper.readValue(t, type));
  }

  /** {@code text} as a tree. */
  public JsonNode tree(byte[] text) {
    return value(text, mapper::readTree);
  }

  /** The mapper, for a reader that walks the file with its own parser. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** This file's exception for what its own parser met, {@code e}. */
  public InputFileException failure(JacksonException e) {
    return exception.apply(sentence(FileProblem.of(e, null)), e);
  }

  /** This file's exception with {@code sentence}. */
  public InputFileException problem(String sentence) {
    return exception.apply(sentence, null);
  }

  private interface Parse<T> {
    T apply(byte[] text) throws IOException;
  }

  private <T> T value(byte[] text, Parse<T> parse) {
    // Checked first: parsers report other encodings with their own class names or not at all.
    Optional<String> notUtf8 = Utf8.firstInvalid(text);
    if (notUtf8.isPresent()) {
      throw exception.apply(what + " is not UTF-8 text at " + notUtf8.get(), null);
    }
    try {
      return parse.apply(text);
    } catch (JacksonException e) {
      throw exception.apply(sentence(FileProblem.of(e, text)), e);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private String sentence(FileProblem p) {
    return switch (p.kind()) {
      case SYNTAX -> sentences.notParsed(what, syntax, p);
      case UNKNOWN_FIELD -> sentences.unknownField(what, p);
      case WRONG_VALUE -> sentences.wrongValue(what, p);
      case REFUSED_VALUE -> sentences.refusedValue(what, p);
    };
  }

  private InputFileException unreadable(IOException e) {
    return exception.apply(what + " cannot be read: " + e.getMessage(), e);
  }
}
