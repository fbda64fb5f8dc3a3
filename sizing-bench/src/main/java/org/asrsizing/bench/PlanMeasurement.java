package org.asrsizing.bench;

import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * One planner run on one instance and one catalog: cost, bound and wall time.
 *
 * @param catalog catalog id
 * @param instance instance name
 * @param machines machines in the instance
 * @param vcpus total vCPUs of the plan
 * @param scaleOutVcpus vCPUs of the servers that carry machines after scale-out (process servers
 *     for classic, appliances otherwise): the part a bin-packing peer is compared on
 * @param lowerBoundVcpus the planner's own lower bound
 * @param gapVcpus {@code vcpus - lowerBoundVcpus}
 * @param smallestServerVcpus vCPUs of the smallest scale-out tier
 * @param unplaced machines the plan could not place
 * @param millis wall time of {@link Planner#plan}, milliseconds
 */
public record PlanMeasurement(
    String catalog,
    String instance,
    int machines,
    int vcpus,
    int scaleOutVcpus,
    int lowerBoundVcpus,
    int gapVcpus,
    int smallestServerVcpus,
    int unplaced,
    double millis) {

  /** The relative part of the gap target: 2 % of the lower bound. */
  public static final double GAP_TARGET_SHARE = 0.02;

  /** Plans {@code machines} against {@code catalog} with default options and measures it. */
  public static PlanMeasurement measure(
      String catalogId, Catalog catalog, String instance, java.util.List<Machine> machines) {
    return measure(catalogId, catalog, instance, machines, 0);
  }

  /** The same for the cheapest plan that survives {@code spares} failures of a domain (N+K). */
  public static PlanMeasurement measure(
      String catalogId,
      Catalog catalog,
      String instance,
      java.util.List<Machine> machines,
      int spares) {
    Workload workload = Workload.of(machines);
    long start = System.nanoTime();
    Plan plan = Planner.plan(workload, catalog, PlanOptions.defaults().withSpares(spares, 0));
    double millis = (System.nanoTime() - start) / 1e6;
    Summary s = plan.summary();
    int scaleOut = 0;
    if (s.scaleOutRequired()) {
      for (PlannedServer ps :
          catalog.hasScaleOutProcessServers()
              ? plan.processServers()
              : plan.configurationServers()) {
        scaleOut += ps.vcpus();
      }
    }
    return new PlanMeasurement(
        catalogId,
        instance,
        machines.size(),
        s.vcpus(),
        scaleOut,
        s.lowerBoundVcpus(),
        s.gapVcpus(),
        BenchCatalogs.smallestServerVcpus(catalog),
        s.unplacedMachines(),
        millis);
  }

  /** The gap the target allows: one smallest server or 2 % of the bound, whichever is larger. */
  public double allowedGapVcpus() {
    return Math.max(smallestServerVcpus, GAP_TARGET_SHARE * lowerBoundVcpus);
  }

  /** Whether the plan is within the gap target. */
  public boolean withinGapTarget() {
    return gapVcpus <= allowedGapVcpus();
  }

  /** The gap as a percentage of the lower bound. */
  public double gapPercent() {
    return lowerBoundVcpus == 0 ? 0 : 100.0 * gapVcpus / lowerBoundVcpus;
  }
}
