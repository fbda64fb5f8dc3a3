package org.asrsizing.operate;

import java.util.List;
import org.asrsizing.model.ServerRole;

/**
 * One server after the change, as the reports see it.
 *
 * @param server the server read against the catalog
 * @param change what the change does to it
 * @param health its classification now
 * @param carried the machines it carries after the change, unit by unit
 * @param machinesBefore machines it carries now (for a configuration server that only manages: the
 *     machines it manages)
 * @param churnBeforeGiBPerDay the churn of those, GiB/day
 * @param machinesAfter the same after the change
 * @param churnAfterGiBPerDay the same after the change, GiB/day
 * @param limitMachines machines it may carry (or manage), headroom applied
 * @param overloaded whether it is over what it may carry after the change
 */
record ServerOutcome(
    ResolvedServer server,
    ServerChange change,
    ServerHealth health,
    List<Outcome.Carried> carried,
    int machinesBefore,
    double churnBeforeGiBPerDay,
    int machinesAfter,
    double churnAfterGiBPerDay,
    int limitMachines,
    boolean overloaded) {

  ServerOutcome {
    carried = List.copyOf(carried);
  }

  String id() {
    return server.id();
  }

  String site() {
    return server.server().site();
  }

  ServerRole role() {
    return server.server().role();
  }

  boolean carries() {
    return server.carries();
  }
}
