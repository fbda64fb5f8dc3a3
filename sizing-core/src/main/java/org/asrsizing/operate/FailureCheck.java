package org.asrsizing.operate;

import java.util.List;

/**
 * Whether the machines of one server fit on the others if it fails.
 *
 * @param server the server that fails
 * @param machines machines it carries
 * @param churnGiBPerDay their churn, GiB/day
 * @param tolerated whether they fit on the other servers of its configuration server (or site)
 *     within the tiers' limits
 * @param takenBy the servers that would take them, when tolerated
 * @param reason why not, when not tolerated
 */
public record FailureCheck(
    String server,
    int machines,
    double churnGiBPerDay,
    boolean tolerated,
    List<String> takenBy,
    String reason) {

  public FailureCheck {
    takenBy = List.copyOf(takenBy);
  }
}
