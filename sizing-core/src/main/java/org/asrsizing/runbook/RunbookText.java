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

  /** The operating system a configuration or process server needs. */
  public static final String OPERATING_SYSTEM =
      "Operating system: Windows Server 2012 R2 or Windows Server 2016, English (en-*) locale;"
          + " the Active Directory Domain Services, Internet Information Services and Hyper-V"
          + " roles not enabled; FIPS mode off.";

  /** The addresses a configuration or process server reaches, directly or through its proxy. */
  public static final String INTERNET_ACCESS =
      "Internet access, directly or through the proxy: *.backup.windowsazure.com,"
          + " *.blob.core.windows.net, *.hypervrecoverymanager.windowsazure.com,"
          + " https://login.microsoftonline.com, time.nist.gov and time.windows.com.";

  /**
   * The programs to uninstall from a process server, in the seed document's order and with its
   * names; {@link ServerSteps#uninstall} says it for every command.
   */
  public static final String UNINSTALL_PROGRAMS =
      "Microsoft Azure Site Recovery Configuration Server/Process Server, then Microsoft Azure Site"
          + " Recovery Configuration Server Dependencies, then Microsoft Azure Recovery Services"
          + " Agent";

  /** Why the proxy password is read from a prompt. */
  public static final String PASSWORD_FROM_PROMPT =
      "Read-Host -AsSecureString asks for the proxy password and keeps it as a secure string:"
          + " it is never typed on a command line nor kept in the history.";

  /** The network a configuration or process server needs. */
  public static String network(int dataTransferPort) {
    return "Network: a static IP address; port 443 (control channel) and data transport port "
        + dataTransferPort
        + " open to it; a VMXNET3 network adapter when it is a VMware VM.";
  }

  /** The version rule for process server {@code ps} of configuration server {@code cs}. */
  public static String versionRule(String ps, String version, String cs, String csVersion) {
    return "Version: "
        + version
        + ", equal to or lower than "
        + cs
        + "'s ("
        + csVersion
        + "); best use the same installer bits that installed or last updated "
        + cs
        + ".";
  }

  /** What to do when the proxy of process server {@code ps} changes. */
  public static String proxyChange(String ps) {
    return "When the proxy of "
        + ps
        + " changes: set the new proxy in an elevated PowerShell on "
        + ps
        + ", restart obengine, then re-register it from a command prompt.";
  }
}
