package org.asrsizing.runbook;

import java.util.regex.Pattern;

/**
 * How arguments are written for cmd.exe and PowerShell. A path never ends in a backslash before a
 * closing quote (the Windows argument parser reads {@code \"} as a literal quote): a trailing
 * backslash is dropped, except on a drive root such as {@code D:\}, which has no spaces and so is
 * never quoted.
 */
public final class Quoting {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:\\\\=+-]+");
  private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern DRIVE_ROOT = Pattern.compile("[A-Za-z]:\\\\");

  private Quoting() {}

  /** {@code path} without a trailing backslash, unless it is a drive root. */
  public static String path(String path) {
    if (DRIVE_ROOT.matcher(path).matches()) {
      return path;
    }
    String p = path;
    while (p.endsWith("\\") && !DRIVE_ROOT.matcher(p).matches()) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** One argument for cmd.exe: as it is when plain, else in double quotes. */
  public static String cmd(String argument) {
    if (PLAIN.matcher(argument).matches()) {
      return argument;
    }
    if (argument.contains("\"") || argument.endsWith("\\")) {
      throw new IllegalArgumentException("cannot quote " + argument + " for cmd.exe");
    }
    return "\"" + argument + "\"";
  }

  /**
   * One word of a PowerShell command line: a plain word, a parameter name or a variable as it is,
   * anything else as a single-quoted string.
   */
  public static String powershellWord(String word) {
    return PLAIN.matcher(word).matches() || VARIABLE.matcher(word).matches()
        ? word
        : powershell(word);
  }

  /** One argument for PowerShell: a single-quoted string, which PowerShell never expands. */
  public static String powershell(String argument) {
    return "'" + argument.replace("'", "''") + "'";
  }
}
