package org.asrsizing.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.asrsizing.catalog.Catalog;

/** Writes a {@link Catalog} as pretty-printed JSON in the schema {@code CatalogLoader} reads. */
public final class CatalogJsonWriter {

  private CatalogJsonWriter() {}

  /** Writes {@code catalog} followed by a line end and flushes {@code out}. */
  public static void write(Catalog catalog, Writer out) throws IOException {
    Json.write(catalog, out);
  }

  /** The JSON text of {@code catalog}, ending with a line end. */
  public static String toJson(Catalog catalog) {
    StringWriter out = new StringWriter();
    try {
      write(catalog, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
