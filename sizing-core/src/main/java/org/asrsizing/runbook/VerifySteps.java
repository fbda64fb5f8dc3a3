package org.asrsizing.runbook;

import java.util.List;

/** What the portal shows once a server is installed, and the health to watch. */
final class VerifySteps {

  private VerifySteps() {}

  static Step verify(ServerContext c) {
    String title =
        c.isConfigurationServer()
            ? "Check that "
                + c.id()
                + " is listed as Connected under Site Recovery Infrastructure > Configuration"
                + " Servers."
            : "Check that "
                + c.id()
                + " is listed under "
                + c.parent()
                + " in Site Recovery Infrastructure > Configuration Servers (about 15 minutes, or"
                + " refresh the configuration server).";
    return Step.of(
        "verify",
        title,
        List.of(
            "Watch its health: warning above 80 % CPU or memory or below 30 % free cache,"
                + " critical above 95 % or below 25 %."),
        Sources.MONITOR);
  }
}
