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

  private final Hint hint;

  public InputFileException(String message) {
    this(message, (Hint) null);
  }

  /** An input error whose message advises changing a setting, named by {@link Hint#phrase()}. */
  public InputFileException(String message, Hint hint) {
    super(message);
    this.hint = hint;
  }

  public InputFileException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /** An input error that advises changing a setting, with the failure that caused it. */
  public InputFileException(String message, Hint hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  /** The setting the message advises changing, or {@code null}. */
  public Hint hint() {
    return hint;
  }
}
