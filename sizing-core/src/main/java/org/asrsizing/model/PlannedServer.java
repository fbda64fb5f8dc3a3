package org.asrsizing.model;

import java.util.List;

/**
 * A server of the plan with its load.
 *
 * @param id stable id such as {@code cs-1} or {@code ps-3}
 * @param role what it is
 * @param site the site it sits in
 * @param configurationServer for a process server, the id of its configuration server
 * @param tier the tier name
 * @param vcpus virtual CPUs of the tier
 * @param memoryGiB memory of the tier, GiB
 * @param cacheDiskGiB cache disk of the tier, GiB
 * @param replicates whether it carries machines itself
 * @param machines machines it carries (for a non-replicating configuration server: machines it
 *     manages through its process servers)
 * @param churnGiBPerDay daily churn it carries or manages, GiB/day
 * @param limitMachines the machine limit it is planned to, headroom applied
 * @param limitChurnGiBPerDay the churn limit it is planned to, headroom applied, GiB/day
 * @param bindingLimit which limit decided the tier: {@code machines}, {@code churn} or {@code none}
 * @param assignedMachines names of the machines it carries, in name order
 * @param assignedChurnGiBPerDay the daily churn of each of those machines, GiB/day, in the same
 *     order; empty in plans written before this field existed
 */
public record PlannedServer(
    String id,
    ServerRole role,
    String site,
    String configurationServer,
    String tier,
    int vcpus,
    int memoryGiB,
    int cacheDiskGiB,
    boolean replicates,
    int machines,
    double churnGiBPerDay,
    int limitMachines,
    double limitChurnGiBPerDay,
    String bindingLimit,
    List<String> assignedMachines,
    List<Double> assignedChurnGiBPerDay) {

  public PlannedServer {
    assignedMachines = List.copyOf(assignedMachines);
    assignedChurnGiBPerDay =
        assignedChurnGiBPerDay == null ? List.of() : List.copyOf(assignedChurnGiBPerDay);
    if (!assignedChurnGiBPerDay.isEmpty()
        && assignedChurnGiBPerDay.size() != assignedMachines.size()) {
      throw new IllegalArgumentException(
          "server "
              + id
              + " lists "
              + assignedMachines.size()
              + " machines but "
              + assignedChurnGiBPerDay.size()
              + " churn values");
    }
  }

  /**
   * This server as built: the same server of a running deployment, carrying the machines the plan
   * gives it; a plan's server without a site is at the default site.
   */
  public DeployedServer asBuilt() {
    return new DeployedServer(
        id,
        role,
        site == null ? Machine.DEFAULT_SITE : site,
        configurationServer,
        tier,
        vcpus,
        memoryGiB,
        cacheDiskGiB,
        replicates,
        assignedMachines);
  }

  /** Machines carried as a percentage of the planned machine limit. */
  public double machineUtilisationPercent() {
    return limitMachines == 0 ? 0 : 100.0 * machines / limitMachines;
  }

  /** Churn carried as a percentage of the planned churn limit. */
  public double churnUtilisationPercent() {
    return limitChurnGiBPerDay == 0 ? 0 : 100.0 * churnGiBPerDay / limitChurnGiBPerDay;
  }

  /** The higher of the two utilisations, percent. */
  public double utilisationPercent() {
    return Math.max(machineUtilisationPercent(), churnUtilisationPercent());
  }
}
