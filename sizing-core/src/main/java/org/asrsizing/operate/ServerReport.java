package org.asrsizing.operate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.asrsizing.model.ServerRole;

/**
 * A server before and after the change.
 *
 * @param id its name
 * @param role what it is
 * @param site the site it serves
 * @param configurationServer for a process server, its configuration server
 * @param tier the tier it is held to
 * @param vcpus its vCPUs
 * @param memoryGiB its memory, GiB
 * @param cacheDiskGiB its cache disk, GiB
 * @param replicates whether it carries machines itself (false for a configuration server that only
 *     manages process servers)
 * @param change {@code kept}, {@code added} (needed for the load), {@code spare} (added so that one
 *     failure can be absorbed) or {@code drained}
 * @param health its classification now
 * @param healthReasons why it is not Healthy, one sentence per check
 * @param machinesBefore machines it carries now (for a configuration server that only manages:
 *     machines it manages)
 * @param churnBeforeGiBPerDay churn it carries now, GiB/day
 * @param machinesAfter machines after the change
 * @param churnAfterGiBPerDay churn after the change, GiB/day
 * @param limitMachines machines it may carry, headroom applied (for a managing configuration
 *     server: machines it may manage)
 * @param limitChurnGiBPerDay churn it may carry, headroom applied, GiB/day; {@code null} for a
 *     configuration server that only manages (no churn limit applies)
 * @param utilisationBeforePercent the higher of machine and churn utilisation now, percent
 * @param utilisationAfterPercent the same after the change, percent
 */
public record ServerReport(
    String id,
    ServerRole role,
    String site,
    @JsonInclude(JsonInclude.Include.NON_NULL) String configurationServer,
    String tier,
    int vcpus,
    int memoryGiB,
    int cacheDiskGiB,
    boolean replicates,
    String change,
    HealthState health,
    List<String> healthReasons,
    int machinesBefore,
    double churnBeforeGiBPerDay,
    int machinesAfter,
    double churnAfterGiBPerDay,
    int limitMachines,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double limitChurnGiBPerDay,
    double utilisationBeforePercent,
    double utilisationAfterPercent) {

  public ServerReport {
    healthReasons = List.copyOf(healthReasons);
  }

  /** Whether it runs now: a server the change adds (for the load or as a spare) does not yet. */
  public boolean runsNow() {
    return !ServerChange.ADDED.label().equals(change) && !ServerChange.SPARE.label().equals(change);
  }
}
