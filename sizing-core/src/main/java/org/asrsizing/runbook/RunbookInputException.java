package org.asrsizing.runbook;

import org.asrsizing.model.InputFileException;

/** A servers file that cannot be used: the message names the file, the line and the field. */
public final class RunbookInputException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public RunbookInputException(String message) {
    super(message);
  }

  public RunbookInputException(String message, Throwable cause) {
    super(message, cause);
  }

  public static RunbookInputException at(String file, int line, String field, String problem) {
    return new RunbookInputException(
        "servers file " + file + ", line " + line + ", field " + field + ": " + problem + ".");
  }
}
