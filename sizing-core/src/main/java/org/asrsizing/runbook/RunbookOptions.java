package org.asrsizing.runbook;

/**
 * How the runbook is written where the documents leave a choice.
 *
 * @param dataTransferPort the data port used when the servers file gives none
 * @param installDrive whether to write the syntax line's older {@code /InstallDrive} instead of the
 *     parameter table's {@code /InstallLocation}
 * @param proxyPasswordGiven whether a proxy password will be written into the proxy settings files
 * @param hubSite the hub site whose servers are built before the branches', or {@code null}
 */
public record RunbookOptions(
    int dataTransferPort, boolean installDrive, boolean proxyPasswordGiven, String hubSite) {

  /** Without a hub. */
  public RunbookOptions(int dataTransferPort, boolean installDrive, boolean proxyPasswordGiven) {
    this(dataTransferPort, installDrive, proxyPasswordGiven, null);
  }

  /** The documented data port of every network table. */
  public static final int DEFAULT_DATA_PORT = 9443;

  public RunbookOptions {
    if (dataTransferPort < 1 || dataTransferPort > 65535) {
      throw new IllegalArgumentException(
          "the data transfer port must be from 1 to 65535, not " + dataTransferPort);
    }
  }

  /** The defaults: port 9443, {@code /InstallLocation}, no proxy password. */
  public static RunbookOptions defaults() {
    return new RunbookOptions(DEFAULT_DATA_PORT, false, false);
  }
}
