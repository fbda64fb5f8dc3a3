package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  @Test
  void theSameSeedGivesTheSameResult() {
    Workload w = Workload.aggregate(300, 2600);

    MonteCarloResult a = MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.5, 200, 7, 95);
    MonteCarloResult b = MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.5, 200, 7, 95);

    assertThat(a).isEqualTo(b);
  }

  @Test
  void moreTrialsWithTheSameSeedExtendTheSameDays() {
    List<Machine> machines = List.of(Machine.of("a", 10), Machine.of("b", 20), Machine.of("c", 0));

    double[][] few = MonteCarlo.draw(machines, 0.3, 5, 42);
    double[][] many = MonteCarlo.draw(machines, 0.3, 50, 42);

    for (int t = 0; t < few.length; t++) {
      assertThat(many[t]).containsExactly(few[t]);
    }
    for (double[] day : many) {
      assertThat(day[2]).isZero();
    }
  }

  @Test
  void drawsHaveTheMachinesChurnAsMeanAndTheGivenSpread() {
    double[][] days = MonteCarlo.draw(List.of(Machine.of("a", 100)), 0.4, 50_000, 1);
    double[] values = java.util.Arrays.stream(days).mapToDouble(d -> d[0]).toArray();
    org.apache.commons.math3.stat.descriptive.DescriptiveStatistics stats =
        new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(values);

    assertThat(stats.getMean()).isCloseTo(100, Percentage.withPercentage(1.5));
    assertThat(stats.getStandardDeviation()).isCloseTo(40, Percentage.withPercentage(5));
  }

  @Test
  void probabilitiesAreSharesOfDaysAndTheJointOneIsTheSmallest() {
    MonteCarloResult r =
        MonteCarlo.run(
            Workload.aggregate(600, 5500), CLASSIC, PlanOptions.defaults(), 0.6, 300, 3, 95);

    SimulatedPlan p = r.plan();
    assertThat(p.servers()).isNotEmpty();
    assertThat(p.servers())
        .allSatisfy(
            s -> {
              assertThat(s.probabilityWithinLimits()).isBetween(0.0, 1.0);
              assertThat(s.probabilityWithinLimits())
                  .isGreaterThanOrEqualTo(p.probabilityAllWithinLimits());
            });
    assertThat(p.probabilityAllWithinLimits()).isBetween(0.0, 1.0);
  }

  @Test
  void theFullyLoadedPlanRarelyHoldsAndHeadroomFindsOneThatDoes() {
    // Exactly at a large process server's 2 TiB/day: a noisy day exceeds it about half the time.
    MonteCarloResult r =
        MonteCarlo.run(
            Workload.aggregate(400, 4096), CLASSIC, PlanOptions.defaults(), 0.5, 500, 11, 95);

    assertThat(r.plan().probabilityAllWithinLimits()).isLessThan(0.95);
    assertThat(r.holds()).isNotNull();
    assertThat(r.holds().probabilityAllWithinLimits()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.holds().headroomPercent()).isPositive();
    assertThat(r.holds().deployment().vcpus()).isGreaterThan(r.plan().deployment().vcpus());
  }

  @Test
  void aPlanWithAmpleRoomHoldsAsItIs() {
    MonteCarloResult r =
        MonteCarlo.run(
            Workload.aggregate(10, 50), CLASSIC, PlanOptions.defaults(), 0.3, 200, 5, 95);

    assertThat(r.plan().probabilityAllWithinLimits()).isEqualTo(1.0);
    assertThat(r.holds()).isEqualTo(r.plan());
  }

  @Test
  void rejectsParametersOutsideTheirRanges() {
    assertThatThrownBy(() -> MonteCarlo.check(10, 0, 100, 95)).hasMessageContaining("variation");
    assertThatThrownBy(() -> MonteCarlo.check(10_000, 0.3, 1000, 95))
        .hasMessageContaining("at most 500)");
    assertThatThrownBy(() -> MonteCarlo.check(10, 0.3, 100, 100)).hasMessageContaining("below 100");
  }
}
