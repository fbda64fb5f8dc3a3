package org.asrsizing.whatif;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.asrsizing.model.Units;

/**
 * Writes what-if results as JSON: {@code schemaVersion}, {@code mode}, the assumptions, then the
 * result's own fields. Pretty, two-space indent, {@code \n} line ends, decimals rounded to 6
 * places, so the same result is always the same bytes.
 */
public final class WhatIfJson {

  /** The version of the what-if JSON formats. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectWriter WRITER = writer();

  private WhatIfJson() {}

  /** The JSON text of {@code result} of {@code mode}, ending with a line end. */
  public static String toJson(String mode, WhatIfContext context, Object result) {
    try {
      return WRITER.writeValueAsString(new Document(SCHEMA_VERSION, mode, context, result)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @JsonPropertyOrder({"schemaVersion", "mode", "assumptions"})
  private record Document(
      int schemaVersion, String mode, WhatIfContext assumptions, @JsonUnwrapped Object result) {}

  private static ObjectWriter writer() {
    SimpleModule rounding = new SimpleModule("rounded-decimals");
    rounding.addSerializer(Double.class, new RoundedDouble());
    rounding.addSerializer(double.class, new RoundedDouble());
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(rounding)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return mapper.writer(
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  private static final class RoundedDouble extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    RoundedDouble() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (Double.isFinite(value)) {
        gen.writeNumber(Units.number(value, 6));
      } else {
        gen.writeNull();
      }
    }
  }
}
