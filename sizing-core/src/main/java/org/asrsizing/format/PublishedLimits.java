package org.asrsizing.format;

import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.PlannedServer;

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
    this.catalog = catalog;
    this.assumptions = assumptions;
  }

  /**
   * The server's load as a percentage of its tier's published limits (the higher of machines and
   * churn), or empty when the catalog is not the plan's or does not list its tier.
   */
  Optional<Double> utilisationPercent(PlannedServer s) {
    PublishedLimit limit = PublishedLimit.of(s, catalog, assumptions);
    return limit.fromCatalog()
        ? Optional.of(Math.max(limit.machinePercent(s), limit.churnPercent(s)))
        : Optional.empty();
  }

  /** The share of the published limit still free, percent: 100 less the utilisation, at least 0. */
  static double headroomPercent(double utilisationPercent) {
    return Math.max(0, 100 - utilisationPercent);
  }
}
