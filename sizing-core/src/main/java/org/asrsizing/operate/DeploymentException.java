package org.asrsizing.operate;

import org.asrsizing.model.InputFileException;

/**
 * A deployment or metrics file that cannot be used; the message is one sentence for the user that
 * names the file and, where known, the line, column or field.
 */
public class DeploymentException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public DeploymentException(String message) {
    super(message);
  }

  public DeploymentException(String message, Throwable cause) {
    super(message, cause);
  }
}
