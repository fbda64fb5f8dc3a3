package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  @Test
  void withoutGrowthEveryMonthEqualsThePlanOfToday() {
    Workload w = Workload.aggregate(500, 3072);
    Deployment today = Deployment.of(Planner.plan(w, CLASSIC, PlanOptions.defaults()));

    Timeline t = Timeline.compute(w, CLASSIC, PlanOptions.defaults(), 0, 0, 36);

    assertThat(t.months()).hasSize(37);
    assertThat(t.months()).allSatisfy(m -> assertThat(m.deployment()).isEqualTo(today));
    assertThat(t.events()).isEmpty();
  }

  @Test
  void withoutGrowthAnInventoryStaysTheSameInventory() {
    Workload w =
        Workload.of(
            List.of(
                new Machine("a", 300, null, "east", null, null),
                Machine.of("b", 120),
                Machine.of("c", 0)));
    Deployment today = Deployment.of(Planner.plan(w, CLASSIC, PlanOptions.defaults()));

    Timeline t = Timeline.compute(w, CLASSIC, PlanOptions.defaults(), 0, 0, 3);

    assertThat(t.months()).allSatisfy(m -> assertThat(m.deployment()).isEqualTo(today));
  }

  @Test
  void monthTwelveWithEqualRatesEqualsThePlannersGrowth() {
    Workload w = Workload.aggregate(100, 1000);
    PlanOptions grown = PlanOptions.defaults().withGrowthPercent(10);
    Deployment planned = Deployment.of(Planner.plan(w, CLASSIC, grown));

    Timeline t = Timeline.compute(w, CLASSIC, PlanOptions.defaults(), 10, 10, 12);

    Deployment month12 = t.months().get(12).afresh();
    assertThat(month12.machines()).isEqualTo(110).isEqualTo(planned.machines());
    assertThat(month12.churnGiBPerDay()).isCloseTo(1100, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(month12.vcpus()).isEqualTo(planned.vcpus());
    assertThat(month12.processServerTiers()).isEqualTo(planned.processServerTiers());
  }

  @Test
  void growthCompoundsMonthlyAndRoundsMachineCountsUp() {
    Timeline t =
        Timeline.compute(Workload.aggregate(100, 100), CLASSIC, PlanOptions.defaults(), 20, 44, 12);

    // 100 x 1.2^(1/12) = 101.53 -> 102; churn 100 x 1.44^(6/12) = 120.
    assertThat(t.months().get(1).deployment().machines()).isEqualTo(102);
    assertThat(t.months().get(6).deployment().churnGiBPerDay())
        .isCloseTo(120, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(t.months().get(12).deployment().machines()).isEqualTo(120);
  }

  @Test
  void marksTheFirstScaleOutAndEveryAddedServer() {
    // 190 machines at 1.8 TiB/day: past 200 machines or 2 TiB/day the built-in PS no longer holds.
    Timeline t =
        Timeline.compute(
            Workload.aggregate(190, 1843), CLASSIC, PlanOptions.defaults(), 30, 60, 36);

    TimelineEvent scaleOut =
        t.events().stream()
            .filter(e -> e.event().equals(TimelineEvent.SCALE_OUT))
            .findFirst()
            .orElseThrow();
    Deployment before = t.months().get(scaleOut.month() - 1).deployment();
    Deployment after = t.months().get(scaleOut.month()).deployment();
    assertThat(before.scaleOutRequired()).isFalse();
    assertThat(after.scaleOutRequired()).isTrue();
    long added =
        t.events().stream()
            .filter(e -> e.event().equals(TimelineEvent.PROCESS_SERVER_ADDED))
            .count();
    // The path only adds: every process server at the horizon was added by an event.
    assertThat(added).isEqualTo(t.months().get(36).deployment().processServers());
  }

  @Test
  void rejectsNegativeGrowthAndOverlongHorizons() {
    assertThatThrownBy(() -> Timeline.checkGrowth(-1)).hasMessageContaining("from 0 to 1000");
    assertThatThrownBy(() -> Timeline.checkHorizon(301)).hasMessageContaining("from 0 to 300");
    assertThat(Timeline.checkHorizon(0)).isZero();
  }

  @Test
  void followsAtMostTenMillionMachineMonths() {
    // Months 0 to 99 of 10^5 machines without growth are the limit exactly; a month more is over.
    Timeline.Growth atLimit = new Timeline.Growth(0, 0, 99, null);
    Timeline.Growth over = new Timeline.Growth(0, 0, 100, null);

    assertThat(Timeline.machineMonths(100_000, atLimit)).isEqualTo(Timeline.MAX_MACHINE_MONTHS);
    Timeline.checkFollowed(100_000, false, atLimit);
    assertThatThrownBy(() -> Timeline.checkFollowed(100_000, false, over))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "100000 machines over a horizon of 100 months pass the 10000000 machine-months a"
                + " timeline follows (every month's machines added up) in month 100, with"
                + " 10100000; shorten the horizon to 99 months");
  }

  @Test
  void refusesAFleetThatGrowsPastWhatAPlanMayHaveInAnyMonth() {
    // 220 machines at +1000 %/year: 2,159,872 in month 46, past the 2,000,000 of an aggregate;
    // months 0 to 45 add up to 9,763,872 machine-months, months 0 to 46 to 11,923,744.
    Timeline.Growth growth = new Timeline.Growth(1000, 0, 60, null);

    assertThatThrownBy(() -> Timeline.checkFollowed(220, true, growth))
        .hasMessage(
            "220 machines growing 1000 %/year pass the 2000000 a plan may have in month 46"
                + " (2159872); shorten the horizon to 45 months");
    assertThatThrownBy(() -> Timeline.checkFollowed(220, false, growth))
        .hasMessageStartingWith("220 machines growing 1000 %/year over a horizon of 60 months")
        .hasMessageEndingWith("shorten the horizon to 45 months");
    Timeline.checkFollowed(220, true, new Timeline.Growth(1000, 0, 45, null));
    assertThat(Timeline.machineMonths(220, new Timeline.Growth(1000, 0, 45, null)))
        .isEqualTo(9_763_872);
  }
}
