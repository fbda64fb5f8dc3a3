package org.asrsizing.plan;

import static org.asrsizing.plan.Fixtures.CLASSIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.asrsizing.model.Plan;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;

class GrowthAndHeadroomTest {

  private static Plan plan(Workload w, double growth, double headroom) {
    return Planner.plan(w, CLASSIC, new PlanOptions(growth, headroom, Preference.VCPUS, null));
  }

  @Test
  void growthRoundsTheMachineCountUpAndGrowsTheChurnByTheSameFactor() {
    Plan p = plan(Workload.aggregate(100, 400), 30, 0);
    assertThat(p.summary().machines()).isEqualTo(130);
    assertThat(p.summary().churnGiBPerDay()).isEqualTo(520.0);
    assertThat(p.assumptions().growthPercent()).isEqualTo(30.0);
    assertThat(Fixtures.onlyConfigurationServerTier(p)).isEqualTo("medium");
  }

  @Test
  void growthOfAFractionOfAMachineAddsAWholeMachine() {
    assertThat(plan(Workload.aggregate(10, 10), 1, 0).summary().machines()).isEqualTo(11);
    assertThat(plan(Workload.aggregate(100, 10), 10, 0).summary().machines()).isEqualTo(110);
  }

  @Test
  void growthCanPushAWorkloadOverTheScaleOutThreshold() {
    assertThat(plan(Workload.aggregate(160, 100), 0, 0).summary().scaleOutRequired()).isFalse();
    Plan grown = plan(Workload.aggregate(160, 100), 30, 0);
    assertThat(grown.summary().machines()).isEqualTo(208);
    assertThat(grown.summary().scaleOutRequired()).isTrue();
  }

  @Test
  void grownInventoriesGainNamedAverageMachines() {
    Plan p = plan(Fixtures.machines(10, 30), 50, 0);
    assertThat(p.configurationServers().get(0).assignedMachines())
        .containsExactly("growth-0001", "m000", "m001");
    assertThat(p.summary().churnGiBPerDay()).isEqualTo(60.0);
  }

  @Test
  void growthNeverLowersAMachinesChurnSoAnUnprotectableMachineStaysUnprotectable() {
    Plan p = plan(Fixtures.machines(2049), 30, 0);
    assertThat(p.unplaced())
        .singleElement()
        .satisfies(u -> assertThat(u.machine()).isEqualTo("m000"));
    assertThat(p.summary().machines()).isEqualTo(2);
    assertThat(p.summary().churnGiBPerDay()).isEqualTo(2663.7);
  }

  @Test
  void newMachinesShareTheAddedChurnWhenTheCountRoundsUp() {
    Plan p = plan(Fixtures.machines(10, 20, 30), 10, 0);
    assertThat(p.summary().machines()).isEqualTo(4);
    assertThat(p.configurationServers().get(0).assignedChurnGiBPerDay())
        .containsExactly(6.0, 10.0, 20.0, 30.0);
  }

  @Test
  void aHeadroomThatLeavesATierNoRoomIsRefusedNamingTheMaximum() {
    assertThatThrownBy(() -> plan(Workload.aggregate(10, 1), 0, 99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a headroom of 99 % leaves the small tier of catalog asr-classic room for no machine;"
                + " at most 98.82 % is possible");
    assertThat(plan(Workload.aggregate(10, 1), 0, 98.82).summary().vcpus()).isPositive();
  }

  @Test
  void headroomPlansEveryServerToTheRestOfItsLimits() {
    // 90 machines fit a small configuration server (99) but not 90 % of it (89).
    assertThat(Fixtures.onlyConfigurationServerTier(plan(Workload.aggregate(90, 10), 0, 0)))
        .isEqualTo("small");
    Plan p = plan(Workload.aggregate(90, 10), 0, 10);
    assertThat(Fixtures.onlyConfigurationServerTier(p)).isEqualTo("medium");
    assertThat(p.configurationServers().get(0).limitMachines()).isEqualTo(135);
    assertThat(p.assumptions().headroomPercent()).isEqualTo(10.0);
  }

  @Test
  void headroomLowersTheScaleOutThreshold() {
    assertThat(plan(Workload.aggregate(180, 10), 0, 10).summary().scaleOutRequired()).isFalse();
    assertThat(plan(Workload.aggregate(181, 10), 0, 10).summary().scaleOutRequired()).isTrue();
  }

  @Test
  void aMachineAboveTheLargestTierWithHeadroomIsNotProtectableAndSaysWhy() {
    Plan p = plan(Fixtures.machines(1900, 10), 0, 10);
    assertThat(p.unplaced())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.machine()).isEqualTo("m000");
              assertThat(u.reason()).contains("1843.2 GiB/day").contains("10 % headroom");
            });
  }

  @Test
  void optionsOutsideTheirRangeAreRejectedInOneSentence() {
    assertThatThrownBy(() -> new PlanOptions(-1, 0, Preference.VCPUS, null))
        .hasMessage("growth must be a percentage from 0 to 1000");
    assertThatThrownBy(() -> new PlanOptions(0, 100, Preference.VCPUS, null))
        .hasMessage("headroom must be a percentage from 0 to below 100");
    assertThatThrownBy(() -> new PlanOptions(0, 0, Preference.VCPUS, 0))
        .hasMessage(
            "the configuration server machine limit must be a whole number from 1 to 10000");
    assertThatThrownBy(() -> new PlanOptions(0, 0, Preference.VCPUS, 10_001))
        .hasMessage(
            "the configuration server machine limit must be a whole number from 1 to 10000");
    assertThatThrownBy(() -> Workload.aggregate(0, 10))
        .hasMessage("the machine count must be between 1 and 2000000, got 0");
  }
}
