package org.asrsizing.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;

/**
 * The workload of {@code --example}, bundled as {@code example.json}: an aggregate until inventory
 * files are supported.
 *
 * @param description what it is, for people
 * @param machines machine count
 * @param churn total daily churn as a size, for example {@code 1.5TB}
 * @param published what the page the example comes from gave, and which guidance we follow instead
 * @param publishedSource that page, with its date
 */
record Example(
    String description, int machines, String churn, String published, String publishedSource) {

  /** For the help text, which must be a constant; a test checks it against the resource. */
  static final String DESCRIPTION =
      "220 machines changing 1.5 TiB per day in total: the workload of the 2017 plan-capacity"
          + " worked example, sized by the 2019 large-deployment guidance";

  /** The finding that says what the published example gave and which guidance the plan follows. */
  Finding finding() {
    return new Finding(Rule.GUIDANCE, Severity.INFO, published, publishedSource);
  }

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
