package org.asrsizing.whatif;

/** An input file of a what-if (scenarios, history) that cannot be used; one user sentence. */
public class WhatIfInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public WhatIfInputException(String message) {
    super(message);
  }

  public WhatIfInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
