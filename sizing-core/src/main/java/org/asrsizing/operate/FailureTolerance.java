package org.asrsizing.operate;

import java.util.List;

/**
 * Whether the deployment survives the failure of any one server that carries machines.
 *
 * @param spare servers that may fail at once (1)
 * @param toleratedBefore whether the deployment survives any one failure without spares
 * @param checks one check per server that carries machines, with the spares in place
 * @param spares the servers added so that every failure is survived (empty when none is needed)
 * @param extraVcpus the vCPUs the spares cost
 * @param extraMemoryGiB their memory, GiB
 * @param extraCacheDiskGiB their cache disk, GiB
 */
public record FailureTolerance(
    int spare,
    boolean toleratedBefore,
    List<FailureCheck> checks,
    List<ServerReport> spares,
    int extraVcpus,
    long extraMemoryGiB,
    long extraCacheDiskGiB) {

  public FailureTolerance {
    checks = List.copyOf(checks);
    spares = List.copyOf(spares);
  }
}
