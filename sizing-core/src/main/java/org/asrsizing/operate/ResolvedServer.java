package org.asrsizing.operate;

import java.util.List;
import java.util.Locale;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Hint;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Setting;
import org.asrsizing.placement.Limits;

/**
 * A deployed server read against the catalog: the tier whose limits it is held to.
 *
 * @param server the server as deployed
 * @param tier the tier it carries machines as, or {@code null} for a configuration server that only
 *     manages, or for hardware below the smallest tier
 * @param tierName the tier's name as reported
 * @param tierList which list of tiers applies, for messages
 * @param vcpus its vCPUs (the deployment's, else the tier's)
 * @param memoryGiB its memory, GiB
 * @param cacheDiskGiB its cache disk, GiB
 * @param limitMachines the machines it may carry, headroom applied
 * @param limitChurnGiBPerDay the churn it may carry, headroom applied, GiB/day
 * @param belowSmallestTier whether its hardware meets no tier, so it may carry nothing
 */
record ResolvedServer(
    DeployedServer server,
    Tier tier,
    String tierName,
    String tierList,
    int vcpus,
    int memoryGiB,
    int cacheDiskGiB,
    int limitMachines,
    double limitChurnGiBPerDay,
    boolean belowSmallestTier) {

  String id() {
    return server.id();
  }

  /** Whether it carries machines (every server but a configuration server that only manages). */
  boolean carries() {
    return !server.managesOnly();
  }

  static ResolvedServer resolve(DeployedServer s, Catalog catalog, double usable, String what) {
    if (s.managesOnly()) {
      ManagementServer m = catalog.managementServer();
      boolean known = s.vcpus() > 0;
      return new ResolvedServer(
          s,
          null,
          s.tier() == null ? "management" : s.tier(),
          "management",
          known || m == null ? s.vcpus() : m.vcpus(),
          known || m == null ? s.memoryGiB() : m.memoryGiB(),
          known || m == null ? s.cacheDiskGiB() : m.cacheDiskGiB(),
          0,
          0,
          false);
    }
    String list = s.role() == ServerRole.PROCESS_SERVER ? "process-server" : "configuration-server";
    List<Tier> tiers =
        s.role() == ServerRole.PROCESS_SERVER
            ? catalog.processServerTiers()
            : catalog.configurationServerTiers();
    if (tiers.isEmpty()) {
      Hint hint = Hint.of(Setting.CATALOG);
      throw new DeploymentException(
          what
              + ": "
              + s.id()
              + " is a process server, but catalog "
              + catalog.id()
              + " has no scale-out process servers; choose the catalog the deployment uses with "
              + hint.phrase(),
          hint);
    }
    Tier tier = s.tier() == null ? byHardware(s, tiers) : byName(s, tiers, catalog, list, what);
    if (tier == null) {
      return new ResolvedServer(
          s,
          null,
          "below " + tiers.get(0).name(),
          list,
          s.vcpus(),
          s.memoryGiB(),
          s.cacheDiskGiB(),
          0,
          0,
          true);
    }
    boolean known = s.vcpus() > 0;
    return new ResolvedServer(
        s,
        tier,
        tier.name(),
        list,
        known ? s.vcpus() : tier.vcpus(),
        known ? s.memoryGiB() : tier.memoryGiB(),
        known ? s.cacheDiskGiB() : tier.cacheDiskGiB(),
        Limits.machineLimit(tier.maxMachines(), usable),
        Limits.churnLimit(tier.maxChurnGiBPerDay(), usable),
        false);
  }

  private static Tier byName(
      DeployedServer s, List<Tier> tiers, Catalog catalog, String list, String what) {
    String wanted = s.tier().trim().toLowerCase(Locale.ROOT);
    return tiers.stream()
        .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new DeploymentException(
                    what
                        + ": "
                        + s.id()
                        + " has tier '"
                        + s.tier()
                        + "'; the "
                        + list
                        + " tiers of catalog "
                        + catalog.id()
                        + " are "
                        + String.join(", ", tiers.stream().map(Tier::name).toList())));
  }

  /** The largest tier whose hardware the server meets in every resource, or null for none. */
  private static Tier byHardware(DeployedServer s, List<Tier> tiers) {
    Tier best = null;
    for (Tier t : tiers) {
      if (t.vcpus() <= s.vcpus()
          && t.memoryGiB() <= s.memoryGiB()
          && t.cacheDiskGiB() <= s.cacheDiskGiB()
          && (best == null || t.maxChurnGiBPerDay() >= best.maxChurnGiBPerDay())) {
        best = t;
      }
    }
    return best;
  }
}
