package org.asrsizing.model;

/** What the sizing minimises first. Ties fall through to the remaining criteria. */
public enum Preference {
  /** Scale out: fewest vCPUs, then fewest servers, then memory, then cache disk. */
  VCPUS,
  /** Scale up: fewest servers, then fewest vCPUs, then memory, then cache disk. */
  SERVERS
}
