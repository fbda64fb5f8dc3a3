package org.asrsizing.cli;

/** The sentences of {@code sizing runbook}, in one place; {@code RunbookCommandTest} pins them. */
final class RunbookMessages {

  static final String PASSWORD_ENV = "SIZING_PROXY_PASSWORD";

  /** The help footer's entry for exit code 3 of {@code runbook}. */
  static final String ERROR_FINDING_TEXT =
      "3:the runbook is written, but a process server is newer than its configuration server"
          + " (an ERROR finding naming both) or a planned machine cannot be protected";

  private RunbookMessages() {}

  static String deploymentOrWorkload() {
    return "give either --deployment FILE or a workload to plan (--example, --machines and"
        + " --churn, or --inventory FILE), not both";
  }

  static String noFile(String option, String file) {
    return Messages.invalidOption(option, "'" + file + "' is not an existing file");
  }

  static String powershellNeedsDir() {
    return "--format powershell writes one script per server and needs --output-dir DIR";
  }

  static String passwordNeedsDir() {
    return "a proxy password (--proxy-password-file or "
        + PASSWORD_ENV
        + ") is written only into proxy settings files and needs --output-dir DIR";
  }

  static String badPassword(String from, String problem) {
    return "the proxy password from " + from + " cannot be used: " + problem;
  }

  static String cannotWrite(String file, String reason) {
    return "cannot write " + file + ": " + reason;
  }

  static String wrote(int files, String dir) {
    return "Wrote " + files + " file" + (files == 1 ? "" : "s") + " to " + dir + ".";
  }
}
