package org.asrsizing.io;

import org.asrsizing.model.InputFileException;

/** A saved plan that cannot be read; the message is one sentence for the user. */
public class PlanReadException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public PlanReadException(String message) {
    super(message);
  }

  public PlanReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
