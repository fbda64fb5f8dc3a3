package org.asrsizing.operate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One action in the Azure portal that carries out part of a rebalance.
 *
 * @param operation {@code Load balance} (move selected machines to another process server), {@code
 *     Switch} (move a process server's whole workload to another one) or {@code Enable replication}
 *     (a new machine, with this process server chosen)
 * @param from the process server the machines leave; {@code null} for Enable replication
 * @param to the process server they go to
 * @param machines how many machines
 * @param churnGiBPerDay their daily churn, GiB/day
 * @param machineNames their names, in name order
 */
public record PortalOperation(
    String operation,
    @JsonInclude(JsonInclude.Include.NON_NULL) String from,
    String to,
    int machines,
    double churnGiBPerDay,
    List<String> machineNames) {

  public static final String LOAD_BALANCE = "Load balance";
  public static final String SWITCH = "Switch";
  public static final String ENABLE_REPLICATION = "Enable replication";

  public PortalOperation {
    machineNames = List.copyOf(machineNames);
  }
}
