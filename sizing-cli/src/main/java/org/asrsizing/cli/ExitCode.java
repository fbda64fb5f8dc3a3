package org.asrsizing.cli;

/**
 * The exit codes of {@code sizing}. The texts are the help footer's entries in picocli's {@code
 * code:description} form; annotations need constants, hence one constant per line.
 */
final class ExitCode {

  static final int DONE = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_ARGUMENTS = 2;
  static final int INFEASIBLE = 3;
  static final int INVALID_INPUT_FILE = 4;

  static final String DONE_TEXT = "0:done";
  static final String INTERNAL_ERROR_TEXT =
      "1:internal error (a bug: please report it with the output of --debug)";
  static final String BAD_ARGUMENTS_TEXT =
      "2:bad arguments (unknown option, invalid or missing value, unknown catalog name)";
  static final String INFEASIBLE_TEXT =
      "3:plan infeasible: some machine cannot be protected (the plan is still printed)";
  static final String INVALID_INPUT_FILE_TEXT =
      "4:invalid input file: a --catalog, --inventory, --deployment or --metrics FILE that"
          + " cannot be read, is inconsistent or has an invalid row (file, line and column"
          + " named)";

  private ExitCode() {}
}
