package org.asrsizing.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --csv-delimiter}: a comma, semicolon, tab or bar, as the character or its name. */
final class DelimiterConverter implements ITypeConverter<Character> {

  @Override
  public Character convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case ",", "comma" -> ',';
      case ";", "semicolon" -> ';';
      case "\t", "tab", "\\t" -> '\t';
      case "|", "bar", "pipe" -> '|';
      default ->
          throw new TypeConversionException(
              "'" + value + "' is not a CSV delimiter; use ',', ';', 'tab' or '|'");
    };
  }
}
