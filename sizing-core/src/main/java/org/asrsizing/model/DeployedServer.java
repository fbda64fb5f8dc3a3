package org.asrsizing.model;

import java.util.List;
import java.util.Objects;

/**
 * A server of a running deployment as its operator describes it: the tier it was built to (or its
 * hardware) and the machines it replicates now.
 *
 * @param id the server's name, unique in the deployment
 * @param role what it is
 * @param site the site it serves
 * @param configurationServer for a process server, the configuration server it is registered to;
 *     {@code null} when the deployment names none
 * @param tier the catalog tier it was built to, or {@code null} when only its hardware is known
 * @param vcpus its virtual CPUs, or 0 when unknown
 * @param memoryGiB its memory in GiB, or 0 when unknown
 * @param cacheDiskGiB its cache disk in GiB, or 0 when unknown
 * @param replicates whether it carries machines (a configuration server's built-in process server)
 * @param assignedMachines the machines it replicates now, by name
 * @param spare whether it is kept empty so that one failure can be absorbed (N+1); a rebalance does
 *     not give it machines
 */
public record DeployedServer(
    String id,
    ServerRole role,
    String site,
    String configurationServer,
    String tier,
    int vcpus,
    int memoryGiB,
    int cacheDiskGiB,
    boolean replicates,
    List<String> assignedMachines,
    boolean spare) {

  public DeployedServer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(site, "site");
    assignedMachines = List.copyOf(assignedMachines);
  }

  /** A server that is not a spare. */
  public DeployedServer(
      String id,
      ServerRole role,
      String site,
      String configurationServer,
      String tier,
      int vcpus,
      int memoryGiB,
      int cacheDiskGiB,
      boolean replicates,
      List<String> assignedMachines) {
    this(
        id,
        role,
        site,
        configurationServer,
        tier,
        vcpus,
        memoryGiB,
        cacheDiskGiB,
        replicates,
        assignedMachines,
        false);
  }

  /** Whether it is a configuration server that only manages process servers. */
  public boolean managesOnly() {
    return role == ServerRole.CONFIGURATION_SERVER && !replicates;
  }
}
