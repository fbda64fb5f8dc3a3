package org.asrsizing.whatif;

import java.util.List;

/**
 * A plan and how it fares on the simulated days.
 *
 * @param headroomPercent headroom it was planned with, percent
 * @param deployment the plan at a glance
 * @param probabilityAllWithinLimits share of simulated days on which every server stays within its
 *     limits at once, 0 to 1
 * @param servers each server that carries machines
 */
public record SimulatedPlan(
    double headroomPercent,
    Deployment deployment,
    double probabilityAllWithinLimits,
    List<ServerOdds> servers) {

  public SimulatedPlan {
    servers = List.copyOf(servers);
  }
}
