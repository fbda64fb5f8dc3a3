package org.asrsizing.runbook;

import java.util.Optional;

/** The proxy settings file of a server, with the password put in only when it is written. */
public final class ProxySettings {

  private ProxySettings() {}

  /** The proxy settings file content of {@code s}, if it uses a proxy. */
  public static Optional<String> template(RunbookServer s) {
    return s.steps().stream()
        .filter(x -> x.kind().equals("proxy"))
        .map(Step::fileContent)
        .findFirst();
  }

  /** {@code template} with the password in place of its placeholder. */
  public static String withPassword(String template, String password) {
    checkPassword(password);
    return template.replace(Runbooks.PASSWORD_PLACEHOLDER, password);
  }

  /**
   * Fails, without naming the password, when it cannot be written between double quotes on one
   * line.
   */
  public static void checkPassword(String password) {
    if (password.isEmpty()
        || password.chars().anyMatch(c -> c == '"' || c == '\r' || c == '\n' || c < 0x20)) {
      throw new IllegalArgumentException(
          "the proxy password must be one line, not empty, without double quotes or control"
              + " characters");
    }
  }
}
