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
}
