package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.NumberInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The reader parses number cells with Jackson's fast parser; it must give the very double {@link
 * Double#parseDouble} gives for every text {@link Cells#plainDecimal} accepts, or outputs change.
 */
class CellsFastParseTest {

  @Property(tries = 20000)
  void givesTheBitsTheJdkGives(@ForAll("plainDecimals") String text) {
    assertThat(Cells.plainDecimal(text)).isTrue();
    assertThat(Double.doubleToRawLongBits(NumberInput.parseDouble(text, true)))
        .as(text)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
  }

  @Provide
  Arbitrary<String> plainDecimals() {
    Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(30);
    return Combinators.combine(whole, fraction, Arbitraries.integers().between(0, 2))
        .as(
            (w, f, shape) ->
                switch (shape) {
                  case 0 -> w;
                  case 1 -> f.isEmpty() ? w : w + "." + f;
                  default -> "." + (f.isEmpty() ? "5" : f);
                });
  }

  @Test
  void agreesOnHalfwayCasesAndTheEdgesOfTheRange() {
    String[] texts = {
      "0.1",
      "2.2250738585072011",
      "2.2250738585072012",
      "9007199254740993",
      "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      "0." + "0".repeat(330) + "1",
      "1" + "0".repeat(400),
      "4.867",
      "0.30000000000000004"
    };
    for (String text : texts) {
      assertThat(NumberInput.parseDouble(text, true)).as(text).isEqualTo(Double.parseDouble(text));
    }
  }
}
