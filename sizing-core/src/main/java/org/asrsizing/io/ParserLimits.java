package org.asrsizing.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits of the JSON, YAML and CSV parsers, and their words. Jackson's limits guard memory (a
 * value of 20,000,000 characters, a number of 1,000 digits, 1,000 levels of nesting) and stay; the
 * YAML library's cap of 3 MiB on a whole document would refuse an inventory of about 80,000
 * machines, so it is lifted to what a Java string holds.
 */
public final class ParserLimits {

  private static final Pattern LENGTH =
      Pattern.compile(
          "^(String value|Number value|Name) length \\((\\d+)\\) exceeds the maximum"
              + " allowed \\((\\d+)");
  private static final Pattern DEPTH =
      Pattern.compile("^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private ParserLimits() {}

  /**
   * A YAML factory without the YAML library's cap on the document's size, whose lines may be at
   * most {@value LineLimitedYamlFactory#MAX_LINE} characters long.
   */
  public static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    // From a default factory, not YAMLFactory.builder(): the builder leaves out defaults such as
    // reading an empty value as null.
    return new LineLimitedYamlFactory(new YAMLFactory().rebuild().loaderOptions(options));
  }

  /**
   * Jackson's message of {@code e}, a limit it met said in a sentence: "a number of 1001 digits is
   * longer than the 1000 accepted" rather than the name of the setting that holds the limit.
   */
  public static String message(JacksonException e) {
    String limit = limitMet(e);
    return limit != null ? limit : String.valueOf(e.getOriginalMessage());
  }

  /** The limit {@code e} met, in a sentence, or {@code null} when it met none. */
  static String limitMet(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LineLimitedYamlFactory.LineTooLong tooLong) {
        return tooLong.getMessage();
      }
    }
    if (!(e instanceof StreamConstraintsException)) {
      return null;
    }
    String m = String.valueOf(e.getOriginalMessage());
    Matcher length = LENGTH.matcher(m);
    if (length.find()) {
      String limit = length.group(3);
      return switch (length.group(1)) {
        case "Number value" ->
            "a number of " + length.group(2) + " digits is longer than the " + limit + " accepted";
        case "Name" -> "a field name longer than the " + limit + " characters accepted";
        default -> "a text value longer than the " + limit + " characters accepted";
      };
    }
    Matcher depth = DEPTH.matcher(m);
    if (depth.find()) {
      return "the document nests more than the " + depth.group(2) + " levels accepted";
    }
    return m.replaceAll("\\s*\\(?,? ?from `[^`]*`\\)?", "");
  }
}
