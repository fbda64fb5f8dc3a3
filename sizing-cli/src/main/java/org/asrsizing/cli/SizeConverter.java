package org.asrsizing.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a daily churn such as {@code 250GB}, {@code 2 TiB}, {@code 1.5T} or {@code 500} into
 * GiB/day. GB and TB are read as GiB and TiB because the ASR tables use them that way (2 MB/s = 168
 * GB/day only with binary units). Decimal point only: {@code 1,5TB} is rejected rather than
 * guessed.
 */
final class SizeConverter implements ITypeConverter<Double> {

  private static final Pattern SIZE =
      Pattern.compile(
          "([0-9]+(?:\\.[0-9]+)?)\\s*([a-z]*)\\s*(/\\s*day)?", Pattern.CASE_INSENSITIVE);

  @Override
  public Double convert(String value) {
    return parse(value);
  }

  /** GiB/day of {@code value}; throws {@link TypeConversionException} with a user sentence. */
  static double parse(String value) {
    String text = value.strip();
    if (text.startsWith("-")) {
      throw new TypeConversionException(Messages.negativeSize(value));
    }
    if (text.contains(",")) {
      throw new TypeConversionException(Messages.decimalComma(value));
    }
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw new TypeConversionException(Messages.notASize(value));
    }
    double number = Double.parseDouble(m.group(1));
    double factor =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "", "g", "gb", "gib" -> 1;
          case "t", "tb", "tib" -> 1024;
          default -> throw new TypeConversionException(Messages.unknownUnit(value, m.group(2)));
        };
    double gib = number * factor;
    if (!Double.isFinite(gib)) {
      throw new TypeConversionException(Messages.notASize(value));
    }
    return gib;
  }
}
