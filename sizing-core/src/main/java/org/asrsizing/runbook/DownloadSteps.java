package org.asrsizing.runbook;

import java.util.List;

/** Getting the unified setup onto the server: the portal path and the extraction. */
final class DownloadSteps {

  private DownloadSteps() {}

  static Step download(ServerContext c) {
    String path =
        c.isConfigurationServer()
            ? "vault > Site Recovery Infrastructure > Configuration Servers > + Configuration"
                + " Server, then download the unified setup and the vault registration key"
            : "vault > Site Recovery Infrastructure > Configuration Servers > "
                + c.parent()
                + " > + Process Server > Deploy a Scale-out Process Server on-premises > Download"
                + " the unified setup";
    return Step.of(
        "download",
        "Download the unified setup in the portal: " + path + ".",
        List.of("Use the same installer bits as the configuration server's version."),
        Sources.SCALE_OUT);
  }

  static Step extract(ServerContext c) {
    return Step.of(
        "extract",
        "Extract the installer on " + c.hostName() + ".",
        List.of("Run in the folder the installer was downloaded to."),
        Sources.SCALE_OUT,
        new Command(
            null,
            List.of(
                "MicrosoftAzureSiteRecoveryUnifiedSetup.exe",
                "/q",
                "/x:" + ServerPaths.EXTRACT_FOLDER)));
  }
}
