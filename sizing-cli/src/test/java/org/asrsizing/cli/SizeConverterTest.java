package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class SizeConverterTest {

  @ParameterizedTest(name = "''{0}'' is {1} GiB/day")
  @CsvSource(
      delimiter = '|',
      value = {
        "250GB      | 250",
        "250 GiB    | 250",
        "2TB        | 2048",
        "2 TiB      | 2048",
        "1.5T       | 1536",
        "1.5TB      | 1536",
        "500G       | 500",
        "0.5 TiB    | 512",
        "250        | 250",
        "0          | 0",
        "0.001      | 0.001",
        "1.5tb      | 1536",
        "2 tIb      | 2048",
        "250GB/day  | 250",
        "2 TiB / day| 2048",
        "250/DAY    | 250",
        "' 7 gb '   | 7"
      })
  void readsSizesAsBinaryGiBPerDay(String text, double gib) {
    assertThat(SizeConverter.parse(text)).isEqualTo(gib);
  }

  @ParameterizedTest(name = "''{0}'' is not a size")
  @ValueSource(
      strings = {
        "",
        "  ",
        "banana",
        "GB",
        "NaN",
        "Infinity",
        "1e3",
        ".5TB",
        "5.",
        "+5GB",
        "5 GB GB"
      })
  void rejectsTextThatIsNotASize(String text) {
    assertThatThrownBy(() -> SizeConverter.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageStartingWith("'" + text + "' is not a size; expected a number of 0 or more");
  }

  @ParameterizedTest(name = "''{0}'' is negative")
  @ValueSource(strings = {"-5GB", "-0", " -1"})
  void rejectsNegativeSizes(String text) {
    assertThatThrownBy(() -> SizeConverter.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'" + text + "' is negative; a churn must be 0 or more");
  }

  @ParameterizedTest(name = "''{0}'' has the unknown unit ''{1}''")
  @CsvSource({"5XB, XB", "5 MB, MB", "5PB, PB", "5 kib, kib"})
  void rejectsUnknownUnitsNamingThem(String text, String unit) {
    assertThatThrownBy(() -> SizeConverter.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageStartingWith("'" + text + "' has the unknown unit '" + unit + "'");
  }

  @ParameterizedTest(name = "''{0}'' uses a decimal comma")
  @ValueSource(strings = {"1,5TB", "1,5", "1,000 GB"})
  void rejectsDecimalCommasWhateverTheLocale(String text) {
    assertThatThrownBy(() -> SizeConverter.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("uses a comma");
  }

  @Test
  void rejectsSizesTooLargeForADouble() {
    String huge = "1" + "0".repeat(400) + "TB";
    assertThatThrownBy(() -> SizeConverter.parse(huge))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("is not a size");
  }

  @Test
  void readsTheLargestTierBoundExactly() {
    // 2 TB is the largest tier's inclusive churn bound; it must not turn into 2047.999...
    assertThat(SizeConverter.parse("2TB")).isEqualTo(2048.0);
    assertThat(SizeConverter.parse("2048.000001")).isGreaterThan(2048.0);
  }
}
