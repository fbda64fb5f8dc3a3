package org.asrsizing.io;

/** A saved plan that cannot be read; the message is one sentence for the user. */
public class PlanReadException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public PlanReadException(String message) {
    super(message);
  }

  public PlanReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
