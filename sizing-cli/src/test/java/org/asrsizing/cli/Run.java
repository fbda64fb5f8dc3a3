package org.asrsizing.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code sizing} with captured stdout, stderr and exit code. */
record Run(int exitCode, String out, String err) {

  /** A run with {@code stdin} as its standard input. */
  static Run withStdin(byte[] stdin, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return of(args);
    } finally {
      System.setIn(original);
    }
  }

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = SizingCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    if (!List.of(args).contains("--debug")) {
      assertNoJavaNames(err.toString(), args);
    }
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * What every run of every test checks: no message on stderr names a Java class or shows a stack
   * trace, whatever the input (only {@code --debug} shows one).
   */
  static void assertNoJavaNames(String err, String... args) {
    java.util.regex.Matcher m = JAVA_NAME.matcher(err);
    if (m.find()) {
      throw new AssertionError(
          "stderr of sizing " + String.join(" ", args) + " names Java: " + m.group() + "\n" + err);
    }
  }

  /** A stack frame, a Java package, or an exception or error class name. */
  private static final java.util.regex.Pattern JAVA_NAME =
      java.util.regex.Pattern.compile(
          "\\bat [a-z]+\\.[\\w.$]+\\(|\\b(java|javax|sun|jdk|com\\.fasterxml|org\\.asrsizing|picocli)\\.[a-z]"
              + "|\\b[A-Z]\\w*(Exception|Error)\\b");

  /**
   * Checks that the run ended as a run may, whatever its input: done, bad arguments, infeasible or
   * an invalid input file, never an internal error.
   */
  Run assertNoInternalError(List<String> args) {
    org.assertj.core.api.Assertions.assertThat(exitCode)
        .as("exit of %s\n%s", String.join(" ", args), err)
        .isIn(
            ExitCode.DONE,
            ExitCode.BAD_ARGUMENTS,
            ExitCode.INFEASIBLE,
            ExitCode.INVALID_INPUT_FILE);
    return this;
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
