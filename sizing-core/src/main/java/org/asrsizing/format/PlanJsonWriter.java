package org.asrsizing.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.asrsizing.model.Plan;

/**
 * Writes a {@link Plan} as pretty-printed JSON. Keys keep the records' order with {@code
 * schemaVersion} first; the same plan always gives the same bytes. The format is described in
 * {@code docs/json-format.md}.
 */
public final class PlanJsonWriter {

  private PlanJsonWriter() {}

  /** Writes {@code plan} followed by a line end and flushes {@code out}. */
  public static void write(Plan plan, Writer out) throws IOException {
    Json.write(plan, out);
  }

  /** The JSON text of {@code plan}, ending with a line end. */
  public static String toJson(Plan plan) {
    StringWriter out = new StringWriter();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
