package org.asrsizing.catalog;

import org.asrsizing.model.InputFileException;

/** A catalog that cannot be read or is inconsistent; the message is one sentence for the user. */
public class CatalogException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
