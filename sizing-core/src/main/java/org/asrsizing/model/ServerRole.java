package org.asrsizing.model;

/** What a planned server is. */
public enum ServerRole {
  /** A configuration server; it replicates when its built-in process server carries machines. */
  CONFIGURATION_SERVER,
  /** A replication appliance (modernized architecture), which always replicates. */
  APPLIANCE,
  /** A scale-out process server registered to a configuration server. */
  PROCESS_SERVER
}
