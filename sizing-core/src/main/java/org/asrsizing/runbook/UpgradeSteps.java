package org.asrsizing.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;

/**
 * The upgrade order and the version rule: no process server newer than its configuration server.
 */
final class UpgradeSteps {

  private UpgradeSteps() {}

  static Step upgrade(ServerContext c) {
    return Step.of(
        "upgrade",
        c.isConfigurationServer()
            ? "Upgrade " + c.id() + " first, before any of its process servers."
            : "Upgrade "
                + c.id()
                + " after "
                + c.parent()
                + ", to a version equal to or lower than its.",
        List.of(),
        Sources.MANAGE_PS);
  }

  /** A process server newer than its configuration server is an error naming both. */
  static List<Finding> versionFindings(
      List<DeployedServer> ordered, Map<String, ServerDetails> byId) {
    List<Finding> out = new ArrayList<>();
    for (DeployedServer s : ordered) {
      if (s.role() != ServerRole.PROCESS_SERVER || s.configurationServer() == null) {
        continue;
      }
      ServerDetails ps = byId.get(s.id());
      ServerDetails cs = byId.get(s.configurationServer());
      if (ps == null || cs == null || ps.version() == null || cs.version() == null) {
        continue;
      }
      int c = compareVersions(ps.version(), cs.version());
      if (c > 0) {
        out.add(
            new Finding(
                Rule.RUNBOOK_VERSION,
                Severity.ERROR,
                RunbookText.newerThanConfigurationServer(
                    s.id(), ps.version(), cs.id(), cs.version()),
                Sources.MANAGE_PS_CITED));
      } else if (c < 0) {
        out.add(
            new Finding(
                Rule.RUNBOOK_VERSION,
                Severity.INFO,
                RunbookText.olderThanConfigurationServer(
                    s.id(), ps.version(), cs.id(), cs.version()),
                Sources.MANAGE_PS_CITED));
      }
    }
    return out;
  }

  /** Compares dotted versions part by part as numbers; missing parts are 0. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }
}
