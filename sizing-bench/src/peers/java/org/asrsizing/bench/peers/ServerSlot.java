package org.asrsizing.bench.peers;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A server that may be deployed: one of a pool of candidates per tier. Unused slots cost nothing.
 *
 * @param id unique id
 * @param tier tier name
 * @param vcpus cost when used
 * @param maxMachines machine limit
 * @param maxChurnMilli churn limit in thousandths of a GiB/day (instance churn has 3 decimals, so
 *     the sums are exact integers)
 */
public record ServerSlot(
    @PlanningId int id, String tier, int vcpus, int maxMachines, long maxChurnMilli) {}
