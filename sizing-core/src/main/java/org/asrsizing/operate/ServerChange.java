package org.asrsizing.operate;

/** What a change does to one server; {@link #label()} is how reports name it. */
enum ServerChange {
  /** It stays and may give or take machines. */
  KEPT("kept"),
  /** It is new, needed for the load. */
  ADDED("added"),
  /** It is emptied and retired (a configuration server stays and manages). */
  DRAINED("drained"),
  /** It is kept empty so that one failure can be absorbed. */
  SPARE("spare");

  private final String label;

  ServerChange(String label) {
    this.label = label;
  }

  /** The word the reports and the JSON print. */
  String label() {
    return label;
  }
}
