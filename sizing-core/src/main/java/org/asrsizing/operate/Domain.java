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
