package org.asrsizing.runbook;

/** The documents each runbook step comes from (repository MicrosoftDocs/azure-docs). */
public final class Sources {

  /** Where the documents are. */
  public static final String REPOSITORY = "MicrosoftDocs/azure-docs";

  /** Set up a scale-out process server: prerequisites, download, extraction, unattended install. */
  public static final String SCALE_OUT =
      "articles/site-recovery/vmware-azure-set-up-process-server-scale.md";

  /** Manage a process server: upgrade, re-register, proxy settings, remove. */
  public static final String MANAGE_PS =
      "articles/site-recovery/vmware-azure-manage-process-server.md";

  /** {@link #MANAGE_PS} as a finding cites it: repository, path and date, like every finding. */
  public static final String MANAGE_PS_CITED =
      "MicrosoftDocs/azure-docs " + MANAGE_PS + " (2018-10-29)";

  /** The unattended installer's parameter table and the proxy settings file format. */
  public static final String PARAMETERS =
      "includes/site-recovery-unified-installer-command-parameters.md";

  /** Unregister a connected or disconnected process server. */
  public static final String UNREGISTER =
      "includes/site-recovery-vmware-unregister-process-server.md";

  /**
   * The seed document, "Manage a Scale-out Process server" (2017): decommissioning with its
   * uninstall order and the purge of a disconnected process server.
   */
  public static final String SCALE_OUT_2017 =
      "articles/site-recovery/site-recovery-vmware-to-azure-manage-scaleout-process-server.md";

  /** Operating system, network and internet access of configuration and process servers. */
  public static final String REQUIREMENTS =
      "includes/site-recovery-configuration-and-scaleout-process-server-requirements.md";

  /** Manage a configuration server: delete or unregister it. */
  public static final String MANAGE_CS =
      "articles/site-recovery/vmware-azure-manage-configuration-server.md";

  /** Health of a running process server. */
  public static final String MONITOR =
      "articles/site-recovery/vmware-physical-azure-monitor-process-server.md";

  /** Sizes of configuration and process servers. */
  public static final String CAPACITY =
      "articles/site-recovery/site-recovery-plan-capacity-vmware.md";

  private Sources() {}
}
