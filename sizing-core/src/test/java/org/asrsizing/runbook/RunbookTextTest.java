package org.asrsizing.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every sentence of {@link RunbookText}, word for word. */
class RunbookTextTest {

  @Test
  void theVersionRuleBroken() {
    assertThat(RunbookText.newerThanConfigurationServer("ps-1", "9.55", "cs-1", "9.54"))
        .isEqualTo(
            "process server ps-1 (version 9.55) is newer than its configuration server cs-1"
                + " (version 9.54): upgrade cs-1 first or install ps-1 from the same installer"
                + " bits.");
  }

  @Test
  void theVersionRuleKeptWithOtherBits() {
    assertThat(RunbookText.olderThanConfigurationServer("ps-1", "9.53", "cs-1", "9.54"))
        .isEqualTo(
            "process server ps-1 (version 9.53) is older than its configuration server cs-1"
                + " (version 9.54): allowed; the same installer bits are best.");
  }

  @Test
  void theVersionRuleAsAPrerequisite() {
    assertThat(RunbookText.versionRule("ps-1", "9.54", "cs-1", "9.55"))
        .isEqualTo(
            "Version: 9.54, equal to or lower than cs-1's (9.55); best use the same installer"
                + " bits that installed or last updated cs-1.");
  }

  @Test
  void theOperatingSystemNetworkAndInternetAccessOfTheRequirementsTable() {
    assertThat(RunbookText.OPERATING_SYSTEM)
        .isEqualTo(
            "Operating system: Windows Server 2012 R2 or Windows Server 2016, English (en-*)"
                + " locale; the Active Directory Domain Services, Internet Information Services"
                + " and Hyper-V roles not enabled; FIPS mode off.");
    assertThat(RunbookText.network(9443))
        .isEqualTo(
            "Network: a static IP address; port 443 (control channel) and data transport port"
                + " 9443 open to it; a VMXNET3 network adapter when it is a VMware VM.");
    assertThat(RunbookText.INTERNET_ACCESS)
        .isEqualTo(
            "Internet access, directly or through the proxy: *.backup.windowsazure.com,"
                + " *.blob.core.windows.net, *.hypervrecoverymanager.windowsazure.com,"
                + " https://login.microsoftonline.com, time.nist.gov and time.windows.com.");
  }

  @Test
  void theProxyChange() {
    assertThat(RunbookText.proxyChange("ps-1"))
        .isEqualTo(
            "When the proxy of ps-1 changes: set the new proxy in an elevated PowerShell on"
                + " ps-1, restart obengine, then re-register it from a command prompt.");
    assertThat(RunbookText.PASSWORD_FROM_PROMPT)
        .isEqualTo(
            "Read-Host -AsSecureString asks for the proxy password and keeps it as a secure"
                + " string: it is never typed on a command line nor kept in the history.");
  }
}
