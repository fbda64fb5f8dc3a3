package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.asrsizing.model.Preference;

class UniformSolverProperties {

  private static final List<Capacity> TIERS =
      SitePlanner.capacities(Fixtures.CLASSIC.processServerTiers(), 1.0);
  private static final Cost MANAGEMENT = Cost.of(8, 16, 600);

  /** The shortened program equals the plain one, also far beyond where it starts to shorten. */
  @Property(tries = 12)
  void theShortcutForLargeCountsKeepsTheOptimum(
      @ForAll @IntRange(min = 300_000, max = 420_000) int machines,
      @ForAll @DoubleRange(min = 0, max = 30) double churnEach,
      @ForAll Preference preference) {
    UniformSolver solver = new UniformSolver(TIERS, preference, MANAGEMENT, 550);
    Cost shortened = total(solver.solve(machines, churnEach));
    Cost plain = plainOptimum(solver.candidates(churnEach), machines, Cost.order(preference));
    assertThat(shortened).isEqualTo(plain);
  }

  private static Cost total(List<UniformSolver.Unit> units) {
    Cost c = Cost.ZERO;
    for (UniformSolver.Unit u : units) {
      c = c.plus(u.cost());
    }
    return c;
  }

  private static Cost plainOptimum(
      List<UniformSolver.Unit> units, int machines, Comparator<Cost> order) {
    Cost[] best = new Cost[machines + 1];
    best[0] = Cost.ZERO;
    for (int n = 1; n <= machines; n++) {
      for (UniformSolver.Unit u : units) {
        Cost c = best[Math.max(0, n - u.capacity())].plus(u.cost());
        if (best[n] == null || order.compare(c, best[n]) < 0) {
          best[n] = c;
        }
      }
    }
    return best[machines];
  }
}
