package org.asrsizing.whatif;

import org.asrsizing.model.InputFileException;

/** An input file of a what-if (scenarios, history) that cannot be used; one user sentence. */
public class WhatIfInputException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public WhatIfInputException(String message) {
    super(message);
  }

  public WhatIfInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
