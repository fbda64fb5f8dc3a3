package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.CurrentDeployment;

/**
 * Works out the change to a running deployment: the fewest machine moves (then the least churn
 * moved) that bring every server within its limits, its headroom and its observed thresholds, using
 * the servers there and adding one only when they cannot hold the load.
 *
 * <p>Each overloaded server sheds the fewest machines that relieve it, smallest churn among those;
 * the shed machines go, largest first, to the server of the same configuration server where they
 * leave the most room (or, when that strands some, the tightest fit). If some still fit nowhere
 * although the servers have room in total, one machine per server is made room for by moving
 * others; if that fails too, the cheapest servers that hold the rest are added. New machines go
 * where they fit best and, failing that, onto added servers.
 *
 * <p>The run is a sequence of phases over one {@link WorkingState}: {@link DeploymentIntake} reads
 * the deployment, {@link LimitAssessment} assesses every server, {@link DomainRebalance} and {@link
 * NewMachinePlacement} move and place machines (adding servers through {@link ServerOpening}), and
 * {@link SpareCheck} checks one failure. {@link OutcomeSnapshot} then fixes the result as an {@link
 * Outcome}, from which {@link Reports} writes the {@link Rebalance}.
 */
public final class Rebalancer {

  private Rebalancer() {}

  /**
   * The change for {@code deployment}.
   *
   * @throws DrainTargetException when a server to drain is not in the deployment or carries no
   *     machines itself
   * @throws DeploymentException when a server does not match the catalog
   */
  public static Rebalance run(
      CurrentDeployment deployment, Catalog catalog, OperateOptions options) {
    return Reports.of(outcome(new WorkingState(deployment, catalog, options)));
  }

  /** Runs every phase over {@code state} and fixes what they worked out. */
  private static Outcome outcome(WorkingState state) {
    DeploymentIntake.read(state);
    LimitAssessment.assess(state);
    // Resizing is the alternative to moving; a drain retires servers, so it has none.
    List<ScaleUp.Resize> resizes =
        state.options.mode() != OperateMode.DRAIN
            ? ScaleUp.of(state.nodes, state.catalog, state.usable())
            : List.of();
    ServerOpening opening = new ServerOpening(state);
    if (state.options.mode().movesMachines()) {
      DomainRebalance domains = new DomainRebalance(opening);
      for (Domain d : new ArrayList<>(state.domains.values())) {
        domains.rebalance(d);
      }
      new NewMachinePlacement(state, opening).place();
    }
    if (!resizes.isEmpty()) {
      state.findings.add(ScaleUp.finding(resizes, state.catalog, ScaleUp.instead(state)));
    }
    FailureTolerance tolerance =
        state.options.checksFailures()
            ? new SpareCheck(
                    opening::spareNode,
                    state.scaleOutTiers,
                    state.options.spare(),
                    state.options.failoverHeadroomPercent())
                .check(state.domains.values())
            : null;
    return OutcomeSnapshot.of(state, tolerance);
  }
}
