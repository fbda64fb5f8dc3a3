package org.asrsizing.operate;

/** Which command a run answers: what it may change and how its report is named. */
public enum OperateMode {
  /** Moves machines until every server is within its limits. */
  REBALANCE("rebalance"),
  /** Empties the servers named and moves what they carry. */
  DRAIN("drain"),
  /** Only classifies the servers; nothing moves. */
  HEALTH("health");

  private final String command;

  OperateMode(String command) {
    this.command = command;
  }

  /** The command's name as the report gives it. */
  public String command() {
    return command;
  }

  /** Whether machines may move and servers be added. */
  public boolean movesMachines() {
    return this != HEALTH;
  }
}
