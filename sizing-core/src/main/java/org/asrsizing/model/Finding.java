package org.asrsizing.model;

/**
 * One explained decision or check.
 *
 * @param rule the rule's stable id, for example {@code scale-out-threshold}
 * @param severity how much it matters
 * @param message one or two sentences for a person
 * @param source the document the rule comes from (path and date), or empty for our conventions
 */
public record Finding(String rule, Severity severity, String message, String source) {

  /** A finding of a rule of the registry; {@link #rule} is its stable id. */
  public Finding(Rule rule, Severity severity, String message, String source) {
    this(rule.id(), severity, message, source);
  }

  /** Whether this is a finding of {@code rule}. */
  public boolean is(Rule rule) {
    return this.rule.equals(rule.id());
  }
}
