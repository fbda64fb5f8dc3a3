package org.asrsizing.io.inventory;

import org.asrsizing.model.InputFileException;

/** An inventory that cannot be used. The message is one sentence for a person. */
public final class InventoryException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public InventoryException(String message) {
    super(message);
  }

  /** An inventory error that advises changing a setting. */
  public InventoryException(String message, org.asrsizing.model.Hint hint) {
    super(message, hint);
  }

  public InventoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
