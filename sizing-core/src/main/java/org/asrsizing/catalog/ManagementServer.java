package org.asrsizing.catalog;

import java.util.List;

/**
 * A configuration server that does not replicate: it only manages scale-out process servers.
 *
 * @param vcpus virtual CPUs
 * @param memoryGiB memory, GiB
 * @param cacheDiskGiB cache disk, GiB
 * @param maxMachines the most source machines one such server manages (default value)
 * @param source id of the source of the default
 * @param alternatives other documented machine limits a user may select
 */
public record ManagementServer(
    int vcpus,
    int memoryGiB,
    int cacheDiskGiB,
    int maxMachines,
    String source,
    List<Alternative> alternatives) {

  /**
   * The largest machine limit a configuration server may be given: many times the published figures
   * (550 and 650), and small enough that sizing by it takes no time.
   */
  public static final int MAX_MACHINES = 10_000;

  /** Another documented machine limit. */
  public record Alternative(int maxMachines, String source, String note) {}
}
