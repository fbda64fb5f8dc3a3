package org.asrsizing.cli;

/** An input file that exists but cannot be used; exit code 4. The message is one user sentence. */
final class InvalidInputFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidInputFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
