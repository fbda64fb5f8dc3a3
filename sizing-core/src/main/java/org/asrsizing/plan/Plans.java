package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Summary;

/** Changes to a finished plan that keep its totals right. */
final class Plans {

  private Plans() {}

  /** {@code plan} with {@code added} servers (appliances among the configuration servers). */
  static Plan withServers(Plan plan, List<PlannedServer> added) {
    List<PlannedServer> cs = new ArrayList<>(plan.configurationServers());
    List<PlannedServer> ps = new ArrayList<>(plan.processServers());
    int vcpus = 0;
    long memory = 0;
    long cache = 0;
    for (PlannedServer s : added) {
      (s.role() == ServerRole.PROCESS_SERVER ? ps : cs).add(s);
      vcpus += s.vcpus();
      memory += s.memoryGiB();
      cache += s.cacheDiskGiB();
    }
    Summary s = plan.summary();
    Summary summary =
        new Summary(
            s.machines(),
            s.placedMachines(),
            s.unplacedMachines(),
            s.churnGiBPerDay(),
            s.scaleOutRequired(),
            s.sites(),
            cs.size(),
            ps.size(),
            s.vcpus() + vcpus,
            s.memoryGiB() + memory,
            s.cacheDiskGiB() + cache,
            s.lowerBoundVcpus(),
            s.gapVcpus(),
            s.gapPercent());
    return new Plan(
        plan.schemaVersion(),
        summary,
        cs,
        ps,
        plan.unplaced(),
        plan.findings(),
        plan.alternatives(),
        plan.assumptions());
  }

  /** {@code plan} against {@code lowerBound}, with {@code findings}, without alternatives. */
  static Plan withBound(Plan plan, long lowerBound, List<Finding> findings) {
    Summary s = plan.summary();
    long gap = s.vcpus() - lowerBound;
    Summary summary =
        new Summary(
            s.machines(),
            s.placedMachines(),
            s.unplacedMachines(),
            s.churnGiBPerDay(),
            s.scaleOutRequired(),
            s.sites(),
            s.configurationServers(),
            s.processServers(),
            s.vcpus(),
            s.memoryGiB(),
            s.cacheDiskGiB(),
            (int) lowerBound,
            (int) gap,
            lowerBound == 0 ? 0 : 100.0 * gap / lowerBound);
    return new Plan(
        plan.schemaVersion(),
        summary,
        plan.configurationServers(),
        plan.processServers(),
        plan.unplaced(),
        findings,
        List.of(),
        plan.assumptions());
  }
}
