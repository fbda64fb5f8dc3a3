package org.asrsizing.model;

/**
 * A setting that a finding or an input error advises changing. Core messages name a setting by its
 * {@link #phrase() phrase}; each front end names it its own way (the command line as an option), so
 * an embedder never reads advice about command-line flags.
 */
public enum Setting {
  /** What the plan minimises first: servers or vCPUs. */
  PREFERENCE("preference"),
  /** The catalog of tiers a plan or a deployment is read with. */
  CATALOG("the catalog setting"),
  /** An inventory that gives the machines and their churn. */
  INVENTORY("the inventory setting"),
  /** Which format an inventory file is read as. */
  INVENTORY_FORMAT("the inventory format setting"),
  /** The share of storage in use taken as daily churn where an inventory has no churn. */
  CHANGE_RATE("the change rate setting"),
  /** Whether powered-off machines and templates are planned too. */
  INCLUDE_POWERED_OFF("including powered-off machines"),
  /** The fields a deployment file may have, as its format documents them. */
  DEPLOYMENT_FORMAT("the deployment file format"),
  /** The share of replication data compression removes before upload. */
  COMPRESSION("the compression setting"),
  /** How much above the daily average the busiest hours write, where only averages are known. */
  PEAK_FACTOR("the peak factor setting"),
  /** The WAN bandwidth of each site. */
  BANDWIDTH("the bandwidth setting"),
  /** The data to copy for a machine whose inventory gives no size. */
  MACHINE_SIZE("the machine size setting"),
  /** The column a machine's site comes from. */
  SITE_BY("the site setting");

  private final String phrase;

  Setting(String phrase) {
    this.phrase = phrase;
  }

  /** How a core message names this setting. */
  public String phrase() {
    return phrase;
  }
}
