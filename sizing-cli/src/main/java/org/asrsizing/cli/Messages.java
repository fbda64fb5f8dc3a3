package org.asrsizing.cli;

import java.util.List;

/**
 * Every sentence the command writes to stderr, in one place so a test can pin their wording. Each
 * names the option or file and says what was expected.
 */
final class Messages {

  static final String PREFIX = "sizing: ";

  static final String SIZE_UNITS = "GiB, GB, G, TiB, TB or T, optionally followed by /day";

  private Messages() {}

  static String notASize(String value) {
    return "'"
        + value
        + "' is not a size; expected a number of 0 or more with an optional unit "
        + SIZE_UNITS
        + " (for example 250GB or 1.5TB; a bare number means GiB/day)";
  }

  static String decimalComma(String value) {
    return "'" + value + "' uses a comma; write the decimal point as a dot (for example 1.5TB)";
  }

  static String negativeSize(String value) {
    return "'" + value + "' is negative; a churn must be 0 or more";
  }

  static String unknownUnit(String value, String unit) {
    return "'" + value + "' has the unknown unit '" + unit + "'; expected " + SIZE_UNITS;
  }

  static String notAMachineCount(String value, int max) {
    return "'" + value + "' is not a machine count; expected a whole number from 1 to " + max;
  }

  static String notAPercentage(String value) {
    return "'" + value + "' is not a percentage; expected a number such as 30 or 12.5";
  }

  static String notAChoice(String value, List<String> choices) {
    return "'" + value + "' is not one of " + String.join(", ", choices);
  }

  static String invalidOption(String option, String problem) {
    return "invalid value for option '" + option + "': " + problem;
  }

  static String unknownCatalog(String value, List<String> builtIn) {
    return invalidOption(
        "--catalog",
        "'"
            + value
            + "' is neither a built-in catalog ("
            + String.join(", ", builtIn)
            + ") nor an existing file");
  }

  static String needsInventory(String option) {
    return "option '" + option + "' only applies to --inventory FILE";
  }

  static String noInventory(String file) {
    return invalidOption("--inventory", "'" + file + "' is not an existing file or folder");
  }

  static String leftOut(String file, int skipped, int excluded) {
    return "inventory "
        + file
        + ": "
        + skipped
        + (skipped == 1 ? " invalid row" : " invalid rows")
        + " skipped, "
        + excluded
        + (excluded == 1 ? " machine" : " machines")
        + " left out; the plan's findings list each with its reason";
  }

  static String cannotWrite(String file, String reason) {
    return "cannot write --output file " + file + ": " + reason;
  }

  static String binaryNeedsOutput(String format) {
    return "--format "
        + format
        + " writes a binary file and needs --output FILE, for example --output plan."
        + format;
  }

  static String formatNotForCommand(String format, String command, String formats) {
    return "--format " + format + " is not available for " + command + "; use " + formats;
  }

  static String infeasible(int unplaced, int machines, String firstMachine) {
    return unplaced
        + " of "
        + machines
        + (machines == 1 ? " machine" : " machines")
        + " cannot be protected (first: "
        + firstMachine
        + "); the plan lists each with its reason";
  }

  static String internalError(Throwable e) {
    return "internal error ("
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
        + "); run again with --debug for the stack trace and please report it";
  }

  /** A usage error from picocli as one line, with a pointer to the help. */
  static String usage(String picocliMessage, String commandName) {
    String line = firstLine(picocliMessage).strip();
    if (line.startsWith("Error: ")) {
      line = line.substring("Error: ".length());
    }
    if (line.length() > 1
        && Character.isUpperCase(line.charAt(0))
        && Character.isLowerCase(line.charAt(1))) {
      line = Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
    return line + " (see '" + commandName + " --help')";
  }

  static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  static String missingWorkload() {
    return "missing the workload: give --machines N --churn SIZE, --inventory FILE or --example";
  }

  static String noDeployment(String file) {
    return invalidOption("--deployment", "'" + file + "' is not an existing file");
  }

  static String noMetrics(String file) {
    return invalidOption("--metrics", "'" + file + "' is not an existing file");
  }

  static String notProtectable(int unplaced, String firstMachine) {
    return unplaced
        + (unplaced == 1 ? " machine" : " machines")
        + " cannot be protected (first: "
        + firstMachine
        + "); the output lists each with its reason";
  }
}
