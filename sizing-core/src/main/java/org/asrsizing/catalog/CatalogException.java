package org.asrsizing.catalog;

/** A catalog that cannot be read or is inconsistent; the message is one sentence for the user. */
public class CatalogException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
