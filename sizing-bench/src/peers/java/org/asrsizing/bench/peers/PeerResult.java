package org.asrsizing.bench.peers;

/**
 * What a peer solver returned.
 *
 * @param vcpus cost of its best feasible solution, or -1 when it found none
 * @param boundVcpus the best proven lower bound (exact solver), or -1 when none
 * @param optimal whether {@code vcpus} is proven optimal
 * @param millis wall time, milliseconds
 */
public record PeerResult(int vcpus, int boundVcpus, boolean optimal, double millis) {

  public boolean feasible() {
    return vcpus >= 0;
  }

  /** The cost for a table cell: the value, {@code -} when none, {@code *} when proven optimal. */
  public String cell() {
    return feasible() ? vcpus + (optimal ? "*" : "") : "none";
  }
}
