package org.asrsizing.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Plain decimal numbers (digits and an optional decimal point; no sign, exponent or NaN), for
 * hours, multipliers and counts. The allowed range is checked by the core, which names it.
 */
class WhatIfNumberConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    String text = value.strip();
    if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new TypeConversionException(
          WhatIfMessages.notANumber(
              value, "a number; expected digits with a dot as decimal point"));
    }
    return Double.parseDouble(text);
  }

  /** A network rate in Mbps: {@code 100}, {@code 100Mbps}, {@code 1Gbps}. */
  static final class Rate implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String text = value.strip().toLowerCase(java.util.Locale.ROOT);
      double factor = 1;
      if (text.endsWith("gbps")) {
        factor = 1000;
        text = text.substring(0, text.length() - 4).strip();
      } else if (text.endsWith("mbps")) {
        text = text.substring(0, text.length() - 4).strip();
      }
      if (!text.matches("[0-9]+(\\.[0-9]+)?") || Double.parseDouble(text) == 0) {
        throw new TypeConversionException(WhatIfMessages.notARate(value));
      }
      return Double.parseDouble(text) * factor;
    }
  }

  /** The same numbers kept exact, for the steps of a sweep. */
  static final class Exact implements ITypeConverter<java.math.BigDecimal> {
    @Override
    public java.math.BigDecimal convert(String value) {
      return java.math.BigDecimal.valueOf(new WhatIfNumberConverter().convert(value))
          .stripTrailingZeros();
    }
  }
}
