package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Cells#plainDecimal} answers as the pattern it replaced does, on strings made of the
 * characters a number cell holds (digits, points, signs, commas, blanks, letters).
 */
class CellsPlainDecimalTest {

  /** The pattern the reader used before; kept here as the specification. */
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

  @Property(tries = 5000)
  void agreesWithThePattern(@ForAll("cells") String text) {
    assertThat(Cells.plainDecimal(text)).isEqualTo(NUMBER.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings()
        .withChars("0123456789..-,+ eE\u0661")
        .ofMinLength(0)
        .ofMaxLength(8);
  }

  @Test
  void acceptsDigitsWithOnePointFollowedByADigit() {
    assertThat(Cells.plainDecimal("12")).isTrue();
    assertThat(Cells.plainDecimal("12.5")).isTrue();
    assertThat(Cells.plainDecimal(".5")).isTrue();
  }

  @Test
  void refusesAnEmptyTextALonePointAndATrailingPoint() {
    assertThat(Cells.plainDecimal("")).isFalse();
    assertThat(Cells.plainDecimal(".")).isFalse();
    assertThat(Cells.plainDecimal("12.")).isFalse();
    assertThat(Cells.plainDecimal("1.2.3")).isFalse();
    assertThat(Cells.plainDecimal("1e5")).isFalse();
    assertThat(Cells.plainDecimal("\u0661")).isFalse(); // an Arabic-Indic digit is not [0-9]
  }
}
