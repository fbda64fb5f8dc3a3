package org.asrsizing.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The workload of {@code --example}, bundled as {@code example.json}: an aggregate until inventory
 * files are supported.
 *
 * @param description what it is, for people
 * @param machines machine count
 * @param churn total daily churn as a size, for example {@code 1.5TB}
 */
record Example(String description, int machines, String churn) {

  /** For the help text, which must be a constant; a test checks it against the resource. */
  static final String DESCRIPTION =
      "220 machines changing 1.5 TiB per day in total, the 2017 plan-capacity worked example";

  static Example load() {
    try (InputStream in = Example.class.getResourceAsStream("example.json")) {
      if (in == null) {
        throw new IllegalStateException("the bundled example.json is missing from the jar");
      }
      return new ObjectMapper().readValue(in, Example.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled example.json cannot be read", e);
    }
  }
}
