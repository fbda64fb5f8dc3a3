package org.asrsizing.format;

import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;

/**
 * The limits a server's tier is published with, before headroom: what a customer compares a
 * server's load with. A plan only carries the headroom-reduced limits it was planned to, so the
 * published ones come from the catalog the plan names.
 *
 * @param machines the most machines the tier carries
 * @param churnGiBPerDay the most daily churn the tier carries, GiB/day; 0 when the server carries
 *     no churn itself (a configuration server that only manages process servers)
 * @param fromCatalog whether the numbers come from the catalog; {@code false} when the catalog
 *     given is not the plan's or lacks the tier, and the planned limits were scaled back up by the
 *     headroom instead
 */
record PublishedLimit(int machines, double churnGiBPerDay, boolean fromCatalog) {

  /** The published limits of {@code server}'s tier in {@code catalog}, the plan's catalog. */
  static PublishedLimit of(PlannedServer server, Catalog catalog, Assumptions assumptions) {
    boolean ours = catalog != null && catalog.id().equals(assumptions.catalogId());
    if (ours && server.role() == ServerRole.CONFIGURATION_SERVER && !server.replicates()) {
      Integer limit = assumptions.configurationServerMachineLimit();
      if (limit != null) {
        return new PublishedLimit(limit, 0, true);
      }
    }
    Optional<Tier> tier = ours ? tier(catalog, server) : Optional.empty();
    if (tier.isPresent()) {
      return new PublishedLimit(tier.get().maxMachines(), tier.get().maxChurnGiBPerDay(), true);
    }
    double keep = 1 - assumptions.headroomPercent() / 100;
    return keep <= 0
        ? new PublishedLimit(server.limitMachines(), server.limitChurnGiBPerDay(), false)
        : new PublishedLimit(
            (int) Math.round(server.limitMachines() / keep),
            server.limitChurnGiBPerDay() / keep,
            false);
  }

  /** Machines carried, percent of the published machine limit. */
  double machinePercent(PlannedServer server) {
    return machines == 0 ? 0 : 100.0 * server.machines() / machines;
  }

  /** Churn carried, percent of the published churn limit; 0 when there is none. */
  double churnPercent(PlannedServer server) {
    return churnGiBPerDay == 0 ? 0 : 100.0 * server.churnGiBPerDay() / churnGiBPerDay;
  }

  private static Optional<Tier> tier(Catalog catalog, PlannedServer server) {
    List<Tier> tiers =
        server.role() == ServerRole.PROCESS_SERVER
            ? catalog.processServerTiers()
            : catalog.configurationServerTiers();
    return tiers.stream().filter(t -> t.name().equals(server.tier())).findFirst();
  }
}
