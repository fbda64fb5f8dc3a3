package org.asrsizing.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** The one JSON configuration of the writers: pretty, two-space indent, {@code \n} line ends. */
final class Json {

  private static final ObjectWriter WRITER = writer();

  private Json() {}

  private static ObjectWriter writer() {
    ObjectMapper mapper =
        new ObjectMapper()
            // Keys of any map come out sorted, so output never depends on hash order.
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    // The default indenter uses the platform's line separator; fix it so bytes match everywhere.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    return mapper.writer(printer);
  }

  static void write(Object value, Writer out) throws IOException {
    out.write(WRITER.writeValueAsString(value));
    out.write('\n');
    out.flush();
  }
}
