package org.asrsizing.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Unplaced;

/** The order the writers list servers in: each configuration server followed by its PSs. */
final class ServerOrder {

  private ServerOrder() {}

  /**
   * Every server of {@code plan} once: each configuration server followed by its process servers,
   * then any process server whose configuration server the plan does not list.
   */
  static List<PlannedServer> of(Plan plan) {
    List<PlannedServer> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (PlannedServer cs : plan.configurationServers()) {
      out.add(cs);
      for (PlannedServer ps : plan.processServers()) {
        if (cs.id().equals(ps.configurationServer()) && done.add(ps.id())) {
          out.add(ps);
        }
      }
    }
    for (PlannedServer ps : plan.processServers()) {
      if (done.add(ps.id())) {
        out.add(ps);
      }
    }
    return out;
  }

  /** The churn of the machines that cannot be protected, GiB/day. */
  static double unplacedChurn(Plan plan) {
    return plan.unplaced().stream().mapToDouble(Unplaced::churnGiBPerDay).sum();
  }
}
