package org.asrsizing.model;

/** What a set of servers adds up to. */
public record Totals(
    int configurationServers, int processServers, int vcpus, long memoryGiB, long cacheDiskGiB) {

  public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

  public int servers() {
    return configurationServers + processServers;
  }

  public Totals plus(Totals o) {
    return new Totals(
        configurationServers + o.configurationServers,
        processServers + o.processServers,
        vcpus + o.vcpus,
        memoryGiB + o.memoryGiB,
        cacheDiskGiB + o.cacheDiskGiB);
  }
}
