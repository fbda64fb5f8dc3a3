package org.asrsizing.model;

/**
 * An input file (catalog, inventory, deployment, metrics, saved plan, scenario or history file)
 * that cannot be used. The message is one sentence for a person that names the file and, where
 * known, the line, column or field; callers show it as it is.
 *
 * <p>Every reader's exception extends this class, so an embedder or a command line can treat all of
 * them alike with one catch.
 */
public class InputFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InputFileException(String message) {
    super(message);
  }

  public InputFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
