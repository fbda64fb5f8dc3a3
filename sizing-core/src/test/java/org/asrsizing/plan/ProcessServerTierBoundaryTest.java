package org.asrsizing.plan;

import static org.asrsizing.plan.Fixtures.CLASSIC;
import static org.asrsizing.plan.Fixtures.plan;
import static org.asrsizing.plan.PlanAssert.assertThatPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scale-out process server table, at every boundary. */
class ProcessServerTierBoundaryTest {

  private static final List<Capacity> TIERS =
      SitePlanner.capacities(CLASSIC.processServerTiers(), 1.0);

  private static String tierFor(int machines, double churn) {
    Capacity c = new Packer(TIERS, Preference.VCPUS).cheapestHolding(machines, churn);
    return c == null ? "none" : c.tier().name();
  }

  @ParameterizedTest(name = "{0} machines need a {1} process server")
  @CsvSource({"85, small", "86, medium", "150, medium", "151, large", "225, large", "226, none"})
  void machineCountBoundaries(int machines, String tier) {
    assertThat(tierFor(machines, 1)).isEqualTo(tier);
  }

  @ParameterizedTest(name = "{0} GiB/day needs a {1} process server")
  @CsvSource({
    "250, small",
    "250.01, medium",
    "1024, medium",
    "1024.01, large",
    "2048, large",
    "2048.01, none"
  })
  void churnBoundaries(double churn, String tier) {
    assertThat(tierFor(1, churn)).isEqualTo(tier);
  }

  @Test
  void aMachineOfExactlyTwoTebibytesADayIsProtectedOnALargeProcessServer() {
    double[] churn = new double[202];
    churn[0] = 2048;
    Workload w = Fixtures.machines(churn);
    Plan p = plan(w);
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.unplaced()).isEmpty();
    assertThat(p.processServers())
        .filteredOn(s -> s.assignedMachines().contains("m000"))
        .singleElement()
        .satisfies(s -> assertThat(s.tier()).isEqualTo("large"))
        .satisfies(s -> assertThat(s.churnGiBPerDay()).isEqualTo(2048));
  }

  @Test
  void aMachineJustAboveTwoTebibytesADayIsNotProtectableAndTheRestIsStillPlanned() {
    Workload w = Fixtures.machines(2048.01, 10, 10);
    Plan p = plan(w);
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.feasible()).isFalse();
    assertThat(p.unplaced())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.machine()).isEqualTo("m000");
              assertThat(u.reason())
                  .contains("2048 GiB/day")
                  .contains("exactly one process server");
            });
    assertThat(p.summary().placedMachines()).isEqualTo(2);
    assertThat(Fixtures.onlyConfigurationServerTier(p)).isEqualTo("small");
  }

  @Test
  void anAggregateWhoseAverageMachineIsAboveTwoTebibytesCannotBeProtected() {
    Plan p = plan(2, 4096.02);
    assertThat(p.unplaced()).hasSize(2);
    assertThat(p.configurationServers()).isEmpty();
    assertThat(p.summary().vcpus()).isZero();
  }
}
