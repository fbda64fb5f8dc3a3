package org.asrsizing.format;

import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;

/**
 * How full a server is against the limits its tier is published with, not the limits it was planned
 * to: at 20 % headroom a full server reads 80 %, not 100 %, and the 20 % shows as its headroom. The
 * published limits come from the catalog the plan was made with.
 */
final class PublishedLimits {

  private final Catalog catalog;
  private final Assumptions assumptions;

  /**
   * @param catalog the catalog the plan names, or {@code null} when unknown (utilisation is then
   *     not shown)
   */
  PublishedLimits(Catalog catalog, Assumptions assumptions) {
    this.catalog = catalog != null && catalog.id().equals(assumptions.catalogId()) ? catalog : null;
    this.assumptions = assumptions;
  }

  /**
   * The server's load as a percentage of its tier's published limits (the higher of machines and
   * churn), or empty when the catalog does not list its tier.
   */
  Optional<Double> utilisationPercent(PlannedServer s) {
    if (catalog == null) {
      return Optional.empty();
    }
    if (s.role() == ServerRole.CONFIGURATION_SERVER && !s.replicates()) {
      // It carries no churn; it manages up to the configuration server limit chosen for the plan.
      Integer limit = assumptions.configurationServerMachineLimit();
      return limit == null || limit == 0
          ? Optional.empty()
          : Optional.of(100.0 * s.machines() / limit);
    }
    List<Tier> tiers =
        s.role() == ServerRole.PROCESS_SERVER
            ? catalog.processServerTiers()
            : catalog.configurationServerTiers();
    return tiers.stream()
        .filter(t -> t.name().equals(s.tier()))
        .findFirst()
        .map(
            t ->
                Math.max(
                    t.maxMachines() == 0 ? 0 : 100.0 * s.machines() / t.maxMachines(),
                    t.maxChurnGiBPerDay() == 0
                        ? 0
                        : 100.0 * s.churnGiBPerDay() / t.maxChurnGiBPerDay()));
  }

  /** The share of the published limit still free, percent: 100 less the utilisation, at least 0. */
  static double headroomPercent(double utilisationPercent) {
    return Math.max(0, 100 - utilisationPercent);
  }
}
