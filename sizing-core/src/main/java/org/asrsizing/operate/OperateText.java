package org.asrsizing.operate;

import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;

/** Sentences and sources the operating commands share. */
public final class OperateText {

  /** The document that describes Load balance, Switch and removing a process server. */
  static final String MANAGE_PROCESS_SERVER =
      "MicrosoftDocs/azure-docs articles/site-recovery/vmware-azure-manage-process-server.md"
          + " (2018-10-29)";

  /** The document that describes the health thresholds. */
  static final String MONITOR_PROCESS_SERVER =
      "MicrosoftDocs/azure-docs articles/site-recovery/vmware-physical-azure-monitor-process-server.md"
          + " (2019-09-05)";

  /** The most names a message lists before it says how many more there are. */
  static final int MAX_NAMES = 10;

  private OperateText() {}

  /** Up to {@link #MAX_NAMES} names, then how many more. */
  public static String names(List<String> names) {
    return org.asrsizing.model.Units.names(names, MAX_NAMES);
  }

  /** What reading a deployment with an inventory says of the machines no server replicates yet. */
  public static String notReplicatedYet(int count) {
    return count
        + " machine(s) of the inventory are not replicated yet and are placed as new machines";
  }

  /** What reading a saved plan says of the machines it could not protect. */
  public static String notProtectedByThePlan(int count) {
    return count + " machine(s) the saved plan could not protect are placed as new machines";
  }

  /**
   * {@code findings} with the reader's count of new machines split into those placed and those not
   * protectable: the reader says "placed" before the support matrix's checks and the tier limits
   * have seen them, so once some are refused the sentence says how many.
   *
   * @param newMachines the machines of the deployment that no server replicates yet
   * @param refused how many of them are unplaced
   */
  static List<Finding> newMachinesCounted(List<Finding> findings, int newMachines, int refused) {
    if (refused == 0) {
      return findings;
    }
    String split =
        ": "
            + (newMachines - refused)
            + " placed as new machine(s), "
            + refused
            + " not protectable (listed with the reason among the unplaced machines)";
    return findings.stream().map(f -> counted(f, newMachines, split)).toList();
  }

  private static Finding counted(Finding f, int newMachines, String split) {
    if (!f.is(Rule.DEPLOYMENT)) {
      return f;
    }
    if (f.message().equals(notReplicatedYet(newMachines))) {
      return with(f, newMachines + " machine(s) of the inventory are not replicated yet" + split);
    }
    if (f.message().equals(notProtectedByThePlan(newMachines))) {
      return with(
          f, newMachines + " machine(s) the saved plan could not protect come back" + split);
    }
    return f;
  }

  private static Finding with(Finding f, String message) {
    return new Finding(Rule.DEPLOYMENT, f.severity(), message, f.source(), f.hint());
  }
}
