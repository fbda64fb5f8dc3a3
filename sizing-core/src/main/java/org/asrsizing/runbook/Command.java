package org.asrsizing.runbook;

import java.util.List;

/**
 * One command line, as its arguments, the folder it runs in and the shell it is typed into.
 *
 * @param workingDirectory the folder to run it in, or {@code null} for any
 * @param arguments the program and its arguments, unquoted
 * @param shell cmd.exe or PowerShell
 */
public record Command(String workingDirectory, List<String> arguments, Shell shell) {

  /** Where a command is typed. */
  public enum Shell {
    CMD,
    POWERSHELL
  }

  public Command {
    arguments = List.copyOf(arguments);
  }

  /** A command for cmd.exe. */
  public Command(String workingDirectory, List<String> arguments) {
    this(workingDirectory, arguments, Shell.CMD);
  }

  /** The command line for cmd.exe, each argument quoted where it needs to be. */
  public String toCmdLine() {
    return String.join(" ", arguments.stream().map(Quoting::cmd).toList());
  }

  /** The command line for its shell, each argument quoted where it needs to be. */
  public String toLine() {
    return shell == Shell.CMD
        ? toCmdLine()
        : String.join(" ", arguments.stream().map(Quoting::powershellWord).toList());
  }
}
