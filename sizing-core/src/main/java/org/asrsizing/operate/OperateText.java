package org.asrsizing.operate;

import java.util.List;

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
}
