package org.asrsizing.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A percentage such as {@code 30}, {@code 12.5} or {@code 30%}. Only the format is checked here;
 * the allowed range is the planner's ({@code PlanOptions}), so it is stated in one place.
 */
final class PercentConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    String text = value.strip();
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    // Double.parseDouble would also take "NaN", "1e3" and "5d".
    if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new TypeConversionException(Messages.notAPercentage(value));
    }
    return Double.parseDouble(text);
  }
}
