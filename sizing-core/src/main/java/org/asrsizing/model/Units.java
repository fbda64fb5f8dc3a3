package org.asrsizing.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers with units are written, the same in every locale. */
public final class Units {

  private Units() {}

  /** A number with at most {@code decimals} decimals and no trailing zeros, for example 1536.5. */
  public static String number(double value, int decimals) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    d = d.stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0, RoundingMode.UNNECESSARY);
    }
    return d.toPlainString();
  }

  /**
   * A churn rounded to a millionth of a GiB, so that sums of many equal shares print as the total
   * they add up to (220 x 1536/220 is 1536, not 1536.0000000000027).
   */
  public static double roundChurn(double gibPerDay) {
    return Math.round(gibPerDay * 1e6) / 1e6;
  }

  /** A daily churn, for example {@code 1536 GiB/day}. */
  public static String churn(double gibPerDay) {
    return number(gibPerDay, 2) + " GiB/day";
  }

  /** The first {@code shown} of {@code names}, then how many more: {@code a, b and 3 more}. */
  public static String names(java.util.List<String> names, int shown) {
    String first = String.join(", ", names.subList(0, Math.min(shown, names.size())));
    return names.size() > shown ? first + " and " + (names.size() - shown) + " more" : first;
  }

  /** A percentage, for example {@code 12.5 %}. */
  public static String percent(double value) {
    return number(value, 1) + " %";
  }
}
