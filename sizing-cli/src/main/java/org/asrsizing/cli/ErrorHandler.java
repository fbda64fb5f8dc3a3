package org.asrsizing.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.asrsizing.model.InputFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr, prefixed {@code sizing: }, and an exit code. Stack
 * traces only with {@code --debug}: users need the sentence, bug reports need the trace.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

  static final String DEBUG = "--debug";

  /** Usage errors, including the ParameterExceptions commands raise after parsing. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String message = Messages.usage(ex.getMessage(), cmd.getCommandSpec().qualifiedName());
    if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      message = message + "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }
    report(cmd.getErr(), message, ex, Arrays.asList(args).contains(DEBUG));
    return ExitCode.BAD_ARGUMENTS;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    boolean debug = debug(parseResult);
    if (ex instanceof InputFileException e) {
      report(cmd.getErr(), OptionNames.message(e), ex, debug);
      return ExitCode.INVALID_INPUT_FILE;
    }
    report(cmd.getErr(), Messages.internalError(ex), ex, debug);
    return ExitCode.INTERNAL_ERROR;
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }

  private static void report(PrintWriter err, String message, Exception ex, boolean debug) {
    Progress.stop();
    err.println(Messages.PREFIX + Messages.firstLine(message));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
  }
}
