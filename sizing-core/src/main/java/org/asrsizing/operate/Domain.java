package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;

/**
 * Servers between which machines can move: the process servers of one configuration server (its
 * built-in one included), or the appliances of one site.
 */
final class Domain {

  final String key;

  /** The configuration server, or {@code null} for appliances and process servers without one. */
  Node configurationServer;

  /** Machines its configuration server may manage, headroom applied. */
  final int capManaged;

  final List<Node> members = new ArrayList<>();

  /**
   * Machines its configuration server manages while new machines are placed, kept beside the
   * servers so that the check for each server a new machine might go to is a field read, not a
   * lookup or a sum over the members.
   */
  int managedWhilePlacing;

  Domain(String key, int capManaged) {
    this.key = key;
    this.capManaged = capManaged;
  }

  /** Machines on its servers now. */
  int managed() {
    int n = 0;
    for (Node m : members) {
      n += m.count;
    }
    return n;
  }
}
