package org.asrsizing.model;

import java.util.Objects;

/**
 * A source machine to protect: a VMware VM or a physical server.
 *
 * @param name unique name in the inventory
 * @param churnGiBPerDay daily data change, GiB per day
 * @param dataDisks number of data disks, or {@code null} when unknown
 * @param site the site (LAN) the machine lives on; a process server serves one site only
 * @param group machines of one non-empty group must share one process server; {@code null} for none
 * @param peakChurnMBps peak write rate across all disks in MB/s, or {@code null} when unknown
 * @param churnP95GiBPerDay the 95th percentile of the machine's daily churn (its churn on all but
 *     the busiest 5 % of days), GiB/day, or {@code null} when unknown; what-if simulations take the
 *     day-to-day spread from it
 * @param profile operating system and disks where the inventory gives them, or {@code null}
 */
public record Machine(
    String name,
    double churnGiBPerDay,
    Integer dataDisks,
    String site,
    String group,
    Double peakChurnMBps,
    Double churnP95GiBPerDay,
    MachineProfile profile) {

  /** The site of machines whose inventory names none. */
  public static final String DEFAULT_SITE = "default";

  public Machine {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a machine name must not be blank");
    }
    if (!Double.isFinite(churnGiBPerDay) || churnGiBPerDay < 0) {
      throw new IllegalArgumentException(
          "machine " + name + ": churn must be a finite number >= 0 GiB/day");
    }
    if (dataDisks != null && dataDisks < 0) {
      throw new IllegalArgumentException("machine " + name + ": data disks must be >= 0");
    }
    if (peakChurnMBps != null && (!Double.isFinite(peakChurnMBps) || peakChurnMBps < 0)) {
      throw new IllegalArgumentException("machine " + name + ": peak churn must be >= 0 MB/s");
    }
    if (churnP95GiBPerDay != null
        && (!Double.isFinite(churnP95GiBPerDay) || churnP95GiBPerDay < 0)) {
      throw new IllegalArgumentException(
          "machine " + name + ": the p95 churn must be a finite number >= 0 GiB/day");
    }
    site = site == null || site.isBlank() ? DEFAULT_SITE : site;
    group = group == null || group.isBlank() ? null : group;
    profile = profile == null || profile.isEmpty() ? null : profile;
  }

  /** A machine whose operating system and disks are unknown. */
  public Machine(
      String name,
      double churnGiBPerDay,
      Integer dataDisks,
      String site,
      String group,
      Double peakChurnMBps,
      Double churnP95GiBPerDay) {
    this(name, churnGiBPerDay, dataDisks, site, group, peakChurnMBps, churnP95GiBPerDay, null);
  }

  /** A machine whose churn percentile is unknown. */
  public Machine(
      String name,
      double churnGiBPerDay,
      Integer dataDisks,
      String site,
      String group,
      Double peakChurnMBps) {
    this(name, churnGiBPerDay, dataDisks, site, group, peakChurnMBps, null);
  }

  /** A machine with only a name and a daily churn. */
  public static Machine of(String name, double churnGiBPerDay) {
    return new Machine(name, churnGiBPerDay, null, null, null, null, null);
  }

  /** A copy with another churn; a known p95 churn scales with it. */
  public Machine withChurnGiBPerDay(double churn) {
    Double p95 = churnP95GiBPerDay;
    if (p95 != null && churnGiBPerDay > 0) {
      p95 = p95 * churn / churnGiBPerDay;
    }
    return new Machine(name, churn, dataDisks, site, group, peakChurnMBps, p95, profile);
  }

  public Machine withName(String newName) {
    return new Machine(
        newName, churnGiBPerDay, dataDisks, site, group, peakChurnMBps, churnP95GiBPerDay, profile);
  }

  /** A copy with the operating system and disks the inventory gives. */
  public Machine withProfile(MachineProfile p) {
    return new Machine(
        name, churnGiBPerDay, dataDisks, site, group, peakChurnMBps, churnP95GiBPerDay, p);
  }
}
