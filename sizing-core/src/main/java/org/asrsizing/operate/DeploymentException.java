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

  /** A deployment error whose message advises changing a setting. */
  public DeploymentException(String message, org.asrsizing.model.Hint hint) {
    super(message, hint);
  }

  /** A deployment error that advises changing a setting, with the failure that caused it. */
  public DeploymentException(String message, org.asrsizing.model.Hint hint, Throwable cause) {
    super(message, hint, cause);
  }

  public DeploymentException(String message, Throwable cause) {
    super(message, cause);
  }
}
