package org.asrsizing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Catalog files for tests: the bundled classic catalog with one text replacement. */
final class Catalogs {

  private Catalogs() {}

  static String classicJson() {
    try (InputStream in =
        Catalogs.class.getResourceAsStream("/org/asrsizing/catalog/asr-classic.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the classic catalog with {@code from} replaced by {@code to} (exactly once). */
  static Path classicWith(Path dir, String from, String to) throws IOException {
    String json = classicJson();
    if (!json.contains(from)) {
      throw new IllegalArgumentException("the classic catalog does not contain " + from);
    }
    Path file = dir.resolve("catalog.json");
    Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(from), to));
    return file;
  }
}
