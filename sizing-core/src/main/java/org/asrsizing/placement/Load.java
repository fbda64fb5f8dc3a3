package org.asrsizing.placement;

/**
 * What moves between servers as one: a machine, or the machines of a group that must share a
 * server.
 */
public interface Load {

  /** Machines it counts for. */
  int count();

  /** Its churn, GiB/day. */
  double churnGiBPerDay();
}
