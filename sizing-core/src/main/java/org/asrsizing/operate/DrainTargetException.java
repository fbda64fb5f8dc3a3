package org.asrsizing.operate;

/**
 * A server asked to be drained that the deployment does not have, or that carries no machines of
 * its own. The message is one sentence for a person; it names the server, not how it was asked for,
 * so a command line can point at its own option.
 */
public class DrainTargetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public DrainTargetException(String message) {
    super(message);
  }
}
