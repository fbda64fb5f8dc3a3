package org.asrsizing.operate;

/** The portal's classification of a running process server. */
public enum HealthState {
  /** Within every threshold. */
  HEALTHY,
  /** Above a Warning threshold, or above the load the headroom leaves. */
  WARNING,
  /** Above a Critical threshold or above its tier; it cannot be chosen for new machines. */
  CRITICAL
}
