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
    return new Run(code, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
