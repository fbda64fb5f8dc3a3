package org.asrsizing.runbook;

/** Every sentence of the runbook that a test pins, made in one place. */
public final class RunbookText {

  private RunbookText() {}

  /** The version rule broken. */
  public static String newerThanConfigurationServer(
      String ps, String psVersion, String cs, String csVersion) {
    return "process server "
        + ps
        + " (version "
        + psVersion
        + ") is newer than its configuration server "
        + cs
        + " (version "
        + csVersion
        + "): upgrade "
        + cs
        + " first or install "
        + ps
        + " from the same installer bits.";
  }

  /** The version rule kept, but not with the same bits. */
  public static String olderThanConfigurationServer(
      String ps, String psVersion, String cs, String csVersion) {
    return "process server "
        + ps
        + " (version "
        + psVersion
        + ") is older than its configuration server "
        + cs
        + " (version "
        + csVersion
        + "): allowed; the same installer bits are best.";
  }

  /** Appliances are outside this runbook. */
  public static String applianceNotCovered(String id) {
    return "Deploy replication appliance "
        + id
        + " as the replication appliance documentation describes; this runbook covers classic"
        + " configuration and process servers only.";
  }
}
