package org.asrsizing.runbook;

/**
 * What the runbook needs to know about one server that the plan does not say; any value may be
 * {@code null}, which the runbook writes as a placeholder to fill in.
 *
 * @param id the server id in the plan
 * @param hostName the host name
 * @param psIp IP address of the NIC used for replication data ({@code /PSIP})
 * @param csIp IP address of the configuration server ({@code /CSIP})
 * @param installLocation install folder, such as {@code D:\} or {@code C:\Program Files\ASR}
 * @param envType VMware or NonVMware
 * @param dataTransferPort data transfer port, 1 to 65535
 * @param version installer version, such as {@code 9.54.0.0}
 * @param proxy the proxy, or {@code null} when it connects directly ({@code /BypassProxy})
 */
public record ServerDetails(
    String id,
    String hostName,
    String psIp,
    String csIp,
    String installLocation,
    EnvType envType,
    Integer dataTransferPort,
    String version,
    Proxy proxy) {

  /** No details: every value is a placeholder. */
  public static ServerDetails none(String id) {
    return new ServerDetails(id, null, null, null, null, null, null, null, null);
  }

  /** The environment the unattended installer's {@code /EnvType} names. */
  public enum EnvType {
    VMWARE("VMware"),
    NON_VMWARE("NonVMware");

    private final String text;

    EnvType(String text) {
      this.text = text;
    }

    /** How {@code /EnvType} spells it. */
    public String text() {
      return text;
    }
  }
}
