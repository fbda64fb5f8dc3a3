package org.asrsizing.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one JSON configuration of the writers: pretty, two-space indent, {@code \n} line ends,
 * decimals rounded to {@value #DECIMALS} places.
 */
public final class Json {

  /**
   * Decimals kept in numbers. Sums of churn carry floating-point noise (3071.9999999999645 for
   * 3072); rounding removes it so the numbers read as intended and compare across JVMs.
   */
  static final int DECIMALS = 6;

  private static final ObjectWriter WRITER = writer();

  /** The same, leaving open the writer it is given, so that the caller can add to it. */
  private static final ObjectWriter STREAMING =
      WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  private static ObjectWriter writer() {
    SimpleModule rounding = new SimpleModule("rounded-decimals");
    rounding.addSerializer(Double.class, new RoundedDouble());
    rounding.addSerializer(double.class, new RoundedDouble());
    ObjectMapper mapper =
        JsonMixIns.registered(new ObjectMapper())
            .registerModule(rounding)
            // Keys of any map come out sorted, so output never depends on hash order.
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    // The default indenter uses the platform's line separator; fix it so bytes match everywhere.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    return mapper.writer(printer);
  }

  /** {@code value} as JSON text in this configuration, ending with a line end. */
  public static String toJson(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes {@code value} to {@code out} as it goes, without holding the text whole. */
  static void write(Object value, Writer out) throws IOException {
    STREAMING.writeValue(out, value);
    out.write('\n');
    out.flush();
  }

  /** Rounds half up to {@link #DECIMALS} places and writes the shortest plain form: 3072, 97.8. */
  static String rounded(double value) {
    if (value == 0) {
      return "0";
    }
    // Double.toString is the decimal BigDecimal.valueOf starts from; when it has no exponent and
    // at most DECIMALS places, rounding changes nothing and only the zeros go. Most numbers of a
    // plan are such (churn read with a few decimals), and a million machines make millions.
    String text = Double.toString(value);
    int point = text.indexOf('.');
    if (text.indexOf('E') < 0 && point >= 0 && text.length() - point - 1 <= DECIMALS) {
      int end = text.length();
      while (text.charAt(end - 1) == '0') {
        end--;
      }
      return text.substring(0, text.charAt(end - 1) == '.' ? end - 1 : end);
    }
    return roundedDecimal(value);
  }

  /**
   * {@link #rounded} by BigDecimal: the definition, for the numbers the short way does not take.
   */
  static String roundedDecimal(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP);
    d = d.stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0, RoundingMode.UNNECESSARY);
    }
    return d.toPlainString();
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
        gen.writeNumber(rounded(value));
      } else {
        gen.writeNumber(value); // not produced by the planner; left to Jackson's default
      }
    }
  }
}
