package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.OperateMode;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.Rebalancer;
import org.asrsizing.operate.SavedDeployment;
import org.asrsizing.plan.PlanOptions;
import org.junit.jupiter.api.Test;

/** The timeline as a purchase path, on the examples the issue names. */
class GrowthPathTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  /** 150 machines, 1000 GiB/day, machines +20 % a year, churn flat: afresh flips tiers. */
  private static Timeline issueExample(PathChange change) {
    return Timeline.compute(
        Workload.aggregate(150, 1000),
        CLASSIC,
        PlanOptions.defaults(),
        new Timeline.Growth(20, 0, 36, null),
        change);
  }

  @Test
  void planningAfreshThrowsTheLargeServerAwayWhereThePathKeepsEveryServerBought() {
    Timeline t = issueExample(PathChange.CHEAPEST);

    // Afresh: month 26 has one large process server, month 27 two medium ones instead.
    assertThat(t.months().get(26).afresh().processServerTiers()).isEqualTo("1 x large");
    assertThat(t.months().get(27).afresh().processServerTiers()).isEqualTo("2 x medium");
    for (int m = 1; m < t.months().size(); m++) {
      assertKeepsEveryServer(t.months().get(m - 1), t.months().get(m));
    }
  }

  @Test
  void atScaleOutTheConfigurationServerStopsReplicatingAndItsMachinesMove() {
    Timeline t = issueExample(PathChange.CHEAPEST);

    TimelineEvent stop =
        t.events().stream().filter(e -> e.detail().contains("stops replicating")).findFirst().get();
    // 150 x 1.2^(19/12) = 200.2 -> 201 machines: past the 200 of the scale-out threshold.
    assertThat(stop.month()).isEqualTo(19);
    assertThat(t.months().get(18).machinesMoved()).isZero();
    assertThat(t.months().get(19).deployment().configurationServerTiers())
        .isEqualTo("1 x management");
    assertThat(t.months().get(19).machinesMoved()).isGreaterThanOrEqualTo(150);
    assertThat(stop.detail()).contains("its 150 machine(s) move to scale-out process servers");
  }

  @Test
  void whereAddingWinsTheResizeWeighedIsSaidWithItsCost() {
    Timeline cheapest = issueExample(PathChange.CHEAPEST);
    Timeline add = issueExample(PathChange.ADD);

    // Month 1: a small process server (16 vCPU, 26 GiB in all) beats a large configuration
    // server (16 vCPU, 32 GiB).
    TimelineEvent added =
        cheapest.events().stream()
            .filter(e -> e.month() == 1)
            .filter(e -> e.event().equals(TimelineEvent.PROCESS_SERVER_ADDED))
            .findFirst()
            .get();
    assertThat(added.detail())
        .contains(
            "; resizing cs-1 from medium to large instead would give 16 vCPU, 32 GiB memory",
            "against 16 vCPU, 26 GiB memory, 900 GiB cache disk by adding");
    // Adding only weighs no resize, so it names none.
    assertThat(add.events()).noneMatch(e -> e.detail().contains("instead would give"));
  }

  @Test
  void resizingIsTakenWhereItCostsLessThanAddingAndBothCostsAreSaid() {
    Timeline cheapest = issueExample(PathChange.CHEAPEST);
    Timeline add = issueExample(PathChange.ADD);

    TimelineEvent resize =
        cheapest.events().stream()
            .filter(e -> e.event().equals(TimelineEvent.SERVER_RESIZED))
            .filter(e -> e.detail().startsWith("resize "))
            .findFirst()
            .get();
    assertThat(resize.detail()).contains("from small to", "adding servers instead");
    assertThat(add.events())
        .noneMatch(
            e ->
                e.event().equals(TimelineEvent.SERVER_RESIZED) && e.detail().startsWith("resize "));
    int horizon = 36;
    assertThat(cheapest.months().get(horizon).deployment().vcpus())
        .isLessThanOrEqualTo(add.months().get(horizon).deployment().vcpus());
  }

  @Test
  void everyMonthHoldsItsMachinesWithinTheLimitsAndCostsNoLessThanTheLowerBound() {
    Workload w = Workload.aggregate(150, 1000);
    Timeline t = issueExample(PathChange.CHEAPEST);

    for (TimelineMonth m : t.months()) {
      assertThat(m.deployment().vcpus()).isGreaterThanOrEqualTo(m.lowerBoundVcpus());
      assertThat(m.afresh().vcpus()).isGreaterThanOrEqualTo(m.lowerBoundVcpus());
      Workload grown = WorkloadGrowth.grow(w, m.machineFactor(), m.churnFactor());
      assertWithinLimits(m.deploymentFile(), grown);
    }
  }

  @Test
  void aStartMonthDatesEveryMonthAndEvent() {
    Timeline t =
        Timeline.compute(
            Workload.aggregate(150, 1000),
            CLASSIC,
            PlanOptions.defaults(),
            new Timeline.Growth(20, 0, 24, YearMonth.of(2027, 1)),
            PathChange.CHEAPEST);

    assertThat(t.start()).isEqualTo("2027-01");
    assertThat(t.months().get(12).date()).isEqualTo("2028-01");
    assertThat(t.events()).allSatisfy(e -> assertThat(e.date()).isNotNull());
    assertThat(t.events().get(0).date())
        .isEqualTo(YearMonth.of(2027, 1).plusMonths(t.events().get(0).month()).toString());
  }

  /** Every server of {@code before} is in {@code after}, with no less hardware. */
  static void assertKeepsEveryServer(TimelineMonth before, TimelineMonth after) {
    List<SavedDeployment.Server> now = servers(after.deploymentFile());
    for (SavedDeployment.Server s : servers(before.deploymentFile())) {
      SavedDeployment.Server kept =
          now.stream().filter(n -> n.id().equals(s.id())).findFirst().orElse(null);
      assertThat(kept)
          .as("%s of month %d in month %d", s.id(), before.month(), after.month())
          .isNotNull();
      assertThat(kept.vcpus()).as("vCPU of %s", s.id()).isGreaterThanOrEqualTo(s.vcpus());
      assertThat(kept.memoryGiB()).as("memory of %s", s.id()).isGreaterThanOrEqualTo(s.memoryGiB());
    }
  }

  /**
   * The month's deployment carries the month's machines: the engine, run on it, moves nothing, adds
   * nothing and finds no server over its limits.
   */
  static void assertWithinLimits(SavedDeployment d, Workload grown) {
    Rebalance again =
        Rebalancer.run(
            d.running(grown.machines()),
            CLASSIC,
            new OperateOptions(0, null, Set.of(), 0, OperateMode.REBALANCE));
    assertThat(again.summary().serversOverLimitBefore()).isZero();
    assertThat(again.summary().moves()).isZero();
    assertThat(again.summary().serversAdded()).isZero();
    assertThat(again.summary().newMachines()).isZero();
  }

  private static List<SavedDeployment.Server> servers(SavedDeployment d) {
    return java.util.stream.Stream.concat(
            d.configurationServers().stream(), d.processServers().stream())
        .toList();
  }
}
