package org.asrsizing.runbook;

import java.util.List;

/**
 * One command line, as its arguments, and the folder it runs in.
 *
 * @param workingDirectory the folder to run it in, or {@code null} for any
 * @param arguments the program and its arguments, unquoted
 */
public record Command(String workingDirectory, List<String> arguments) {

  public Command {
    arguments = List.copyOf(arguments);
  }

  /** The command line for cmd.exe, each argument quoted where it needs to be. */
  public String toCmdLine() {
    return String.join(" ", arguments.stream().map(Quoting::cmd).toList());
  }
}
