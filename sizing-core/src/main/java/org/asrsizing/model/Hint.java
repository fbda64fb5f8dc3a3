package org.asrsizing.model;

/**
 * The setting a finding or an input error advises changing, and the value to give it, so that a
 * front end can offer the change or name it its own way. The message it belongs to contains {@link
 * #phrase()} exactly once, at its end or as the last such words.
 *
 * @param setting the setting
 * @param value the value to give it, or {@code null} when the advice is to set or look at it
 */
public record Hint(Setting setting, String value) {

  public Hint {
    java.util.Objects.requireNonNull(setting, "setting");
  }

  /** Advice to set or look at {@code setting}, with no particular value. */
  public static Hint of(Setting setting) {
    return new Hint(setting, null);
  }

  /** How the message names the setting (and the value, if any). */
  public String phrase() {
    return value == null ? setting.phrase() : setting.phrase() + " " + value;
  }

  /**
   * {@code message} with the last occurrence of {@link #phrase()} replaced by {@code wording}, or
   * unchanged when the phrase does not occur in it.
   */
  public String reword(String message, String wording) {
    int at = message.lastIndexOf(phrase());
    return at < 0
        ? message
        : message.substring(0, at) + wording + message.substring(at + phrase().length());
  }
}
