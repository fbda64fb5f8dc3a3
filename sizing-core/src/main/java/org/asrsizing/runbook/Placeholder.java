package org.asrsizing.runbook;

/**
 * A value the runbook needs and does not have.
 *
 * @param server the server id
 * @param field the servers file field that gives it
 * @param text how it is written in the runbook, such as {@code <psIp of ps-1>}
 */
public record Placeholder(String server, String field, String text) {

  static Placeholder of(String server, String field) {
    return new Placeholder(server, field, "<" + field + " of " + server + ">");
  }

  /** Whether {@code value} is a placeholder. */
  public static boolean is(String value) {
    return value.startsWith("<") && value.endsWith(">");
  }
}
