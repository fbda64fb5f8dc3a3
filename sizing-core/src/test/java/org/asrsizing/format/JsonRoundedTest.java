package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Json#rounded} takes a short way for numbers with few decimals; it must write what the
 * BigDecimal definition writes for every finite double, or every JSON output changes.
 */
class JsonRoundedTest {

  @Property(tries = 20000)
  void anyDoubleIsWrittenAsTheDefinitionWritesIt(@ForAll("finite") double value) {
    assertThat(Json.rounded(value)).isEqualTo(Json.roundedDecimal(value));
  }

  @Property(tries = 20000)
  void decimalsAsInventoriesGiveThemAreWrittenAsTheDefinitionWritesThem(
      @ForAll("fewDecimals") double value) {
    assertThat(Json.rounded(value)).isEqualTo(Json.roundedDecimal(value));
  }

  @Provide
  Arbitrary<Double> finite() {
    return Arbitraries.longs()
        .map(Double::longBitsToDouble)
        .filter(Double::isFinite)
        .injectDuplicates(0.01);
  }

  @Provide
  Arbitrary<Double> fewDecimals() {
    return Arbitraries.longs()
        .between(-10_000_000_000L, 10_000_000_000L)
        .flatMap(
            unscaled ->
                Arbitraries.integers().between(0, 9).map(scale -> unscaled / Math.pow(10, scale)));
  }

  @Test
  void writesTheShortestPlainFormOfTheEdges() {
    double[] values = {
      0.0,
      -0.0,
      3072,
      3071.9999999999645,
      97.8,
      1e7,
      1.0e-7,
      123456.1234565,
      -1.5,
      3000,
      0.000001,
      0.0000005,
      1e22,
      Double.MIN_VALUE,
      Double.MAX_VALUE
    };
    for (double v : values) {
      assertThat(Json.rounded(v)).as("%s", v).isEqualTo(Json.roundedDecimal(v));
    }
    assertThat(Json.rounded(3072.0)).isEqualTo("3072");
    assertThat(Json.rounded(-0.0)).isEqualTo("0");
    assertThat(Json.rounded(4.867)).isEqualTo("4.867");
  }
}
