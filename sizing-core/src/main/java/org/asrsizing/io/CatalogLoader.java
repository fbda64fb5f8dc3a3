package org.asrsizing.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
      return CatalogValidator.validated(
          mapper(StructuredFile.Syntax.JSON).readValue(in, Catalog.class), name);
    } catch (IOException e) {
      throw new IllegalStateException("bundled catalog " + name + " cannot be read", e);
    }
  }

  /**
   * A user's catalog in the same schema, JSON or YAML (by extension {@code .yaml}/{@code .yml}).
   */
  public static Catalog fromFile(Path path) {
    String file = path.toString();
    StructuredFile.Syntax syntax = StructuredFile.Syntax.of(path, StructuredFile.Syntax.JSON);
    Catalog catalog =
        new StructuredFile(
                "catalog " + file,
                syntax,
                mapper(syntax),
                StructuredFile.STANDARD,
                CatalogException::new)
            .read(path, Catalog.class);
    if (catalog == null) {
      throw new CatalogException("catalog " + file + " is empty");
    }
    return CatalogValidator.validated(catalog, file);
  }

  private static ObjectMapper mapper(StructuredFile.Syntax syntax) {
    return syntax
        .mapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
