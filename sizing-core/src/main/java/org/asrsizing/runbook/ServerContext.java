package org.asrsizing.runbook;

import java.util.Map;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;

/**
 * What every step builder of one server reads: the server, its details, the details of every server
 * (for its configuration server's), the options, and the placeholders collected so far.
 */
record ServerContext(
    DeployedServer server,
    ServerDetails details,
    Map<String, ServerDetails> byId,
    RunbookOptions options,
    Values values) {

  String id() {
    return server.id();
  }

  boolean isConfigurationServer() {
    return server.role() == ServerRole.CONFIGURATION_SERVER;
  }

  /** The configuration server it registers to. */
  String parent() {
    return server.configurationServer();
  }

  /** The details of its configuration server, or {@code null} when not known. */
  ServerDetails parentDetails() {
    return server.configurationServer() == null ? null : byId.get(server.configurationServer());
  }

  String hostName() {
    return values.get("hostName", details.hostName());
  }

  String psIp() {
    return values.get("psIp", details.psIp());
  }

  int dataTransferPort() {
    return details.dataTransferPort() == null
        ? options.dataTransferPort()
        : details.dataTransferPort();
  }
}
