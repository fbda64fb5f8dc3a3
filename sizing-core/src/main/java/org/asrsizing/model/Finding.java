package org.asrsizing.model;

/**
 * One explained decision or check.
 *
 * @param rule the rule's stable id, for example {@code scale-out-threshold}; a plain string so that
 *     findings read back from files of other versions keep ids this version does not know
 * @param severity how much it matters
 * @param message one or two sentences for a person
 * @param source the document the rule comes from (path and date), or "assumption" and where the
 *     value is set; a finding of a registered rule made without one cites {@link Rule#source()}
 * @param hint the setting the message advises changing, or {@code null}; the message names it by
 *     {@link Hint#phrase()}
 */
public record Finding(String rule, Severity severity, String message, String source, Hint hint) {

  /** A finding of a rule of the registry; {@link #rule} is its stable id. */
  public Finding(Rule rule, Severity severity, String message, String source) {
    this(rule.id(), severity, message, sourceOr(rule, source), null);
  }

  /** A finding of a rule of the registry that advises changing a setting. */
  public Finding(Rule rule, Severity severity, String message, String source, Hint hint) {
    this(rule.id(), severity, message, sourceOr(rule, source), hint);
  }

  // Every finding says where its number comes from: the rule's registry entry when the caller has
  // no document of its own.
  private static String sourceOr(Rule rule, String source) {
    return source == null || source.isBlank() ? rule.source() : source;
  }

  /** Whether this is a finding of {@code rule}. */
  public boolean is(Rule rule) {
    return this.rule.equals(rule.id());
  }

  /**
   * This finding with its hint worded by {@code wording} (a front end's name for the setting, for
   * example a command-line option) and no hint left; unchanged when it has none.
   */
  public Finding worded(java.util.function.Function<Hint, String> wording) {
    return hint == null
        ? this
        : new Finding(rule, severity, hint.reword(message, wording.apply(hint)), source, null);
  }
}
