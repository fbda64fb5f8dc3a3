package org.asrsizing.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.CatalogException;
import org.asrsizing.catalog.CatalogValidator;

/**
 * Loads the bundled catalogs by name and users' catalogs from JSON or YAML files, and rejects any
 * catalog that {@link CatalogValidator} finds inconsistent.
 */
public final class CatalogLoader {

  /** The names of the catalogs shipped with the library. */
  public static final List<String> BUILT_IN = List.of("asr-classic", "asr-modernized");

  /** The catalog used when none is named. */
  public static final String DEFAULT = "asr-classic";

  private CatalogLoader() {}

  /** A built-in catalog by name, or a catalog file when the argument is not a built-in name. */
  public static Catalog load(String nameOrFile) {
    if (BUILT_IN.contains(nameOrFile)) {
      return builtIn(nameOrFile);
    }
    Path path = Path.of(nameOrFile);
    if (!Files.exists(path)) {
      throw new CatalogException(
          "catalog '"
              + nameOrFile
              + "' is neither a built-in catalog ("
              + String.join(", ", BUILT_IN)
              + ") nor an existing file");
    }
    return fromFile(path);
  }

  /** One of {@link #BUILT_IN}. */
  public static Catalog builtIn(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new CatalogException(
          "unknown catalog '" + name + "'; built-in catalogs: " + String.join(", ", BUILT_IN));
    }
    String resource = "/org/asrsizing/catalog/" + name + ".json";
    try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      return CatalogValidator.validated(mapper(false).readValue(in, Catalog.class), name);
    } catch (IOException e) {
      throw new IllegalStateException("bundled catalog " + name + " cannot be read", e);
    }
  }

  /**
   * A user's catalog in the same schema, JSON or YAML (by extension {@code .yaml}/{@code .yml}).
   */
  public static Catalog fromFile(Path path) {
    String file = path.toString();
    String lower = file.toLowerCase(Locale.ROOT);
    boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
    Catalog catalog;
    try (InputStream in = Files.newInputStream(path)) {
      catalog = mapper(yaml).readValue(in, Catalog.class);
    } catch (NoSuchFileException e) {
      throw new CatalogException("catalog file " + file + " does not exist");
    } catch (UnrecognizedPropertyException e) {
      throw new CatalogException(
          "catalog "
              + file
              + JsonPaths.at(e.getLocation())
              + ": unknown field '"
              + pathOf(e)
              + "'; expected one of "
              + e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", ")),
          e);
    } catch (MismatchedInputException e) {
      Object value = e instanceof InvalidFormatException f ? f.getValue() : null;
      throw new CatalogException(
          "catalog "
              + file
              + JsonPaths.at(e.getLocation())
              + ": field '"
              + pathOf(e)
              + "' "
              + (value == null ? "has the wrong type" : "has the value '" + value + "'")
              + "; expected "
              + expected(e.getTargetType()),
          e);
    } catch (JsonMappingException e) {
      throw new CatalogException(
          "catalog "
              + file
              + JsonPaths.at(e.getLocation())
              + ": field '"
              + pathOf(e)
              + "' has the wrong type or value ("
              + JsonPaths.firstLine(e.getOriginalMessage())
              + ")",
          e);
    } catch (JacksonException e) {
      throw new CatalogException(
          "catalog "
              + file
              + JsonPaths.at(e.getLocation())
              + " is not valid "
              + (yaml ? "YAML" : "JSON")
              + ": "
              + JsonPaths.firstLine(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new CatalogException("catalog file " + file + " cannot be read: " + e.getMessage(), e);
    }
    if (catalog == null) {
      throw new CatalogException("catalog " + file + " is empty");
    }
    return CatalogValidator.validated(catalog, file);
  }

  private static ObjectMapper mapper(boolean yaml) {
    ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    return mapper
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** What a field of this type holds, for a person. */
  private static String expected(Class<?> type) {
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
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
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
}
