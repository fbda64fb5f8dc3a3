package org.asrsizing.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of the operating system support table: the names it matches and whether the support
 * matrix lists them as supported for replication.
 *
 * @param name the operating system as the support matrix names it
 * @param pattern a regular expression, matched case-insensitively anywhere in an inventory's
 *     operating system text
 * @param supported whether machines running it can be protected
 * @param source id of the source
 */
public record OperatingSystem(String name, String pattern, boolean supported, String source) {

  /** Whether an inventory's operating system text names this row. */
  public boolean matches(String os) {
    return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)
        .matcher(os.toLowerCase(Locale.ROOT))
        .find();
  }
}
