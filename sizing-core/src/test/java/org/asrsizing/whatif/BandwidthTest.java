package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class BandwidthTest {

  @Test
  void reproducesThePublishedProcessServerRates() {
    // 2015 process server table: 300 GB/day -> 30 Mbps, 600 -> 60, 1 TB -> 100 (rounded).
    assertThat(Bandwidth.mbps(300)).isCloseTo(30, Percentage.withPercentage(3));
    assertThat(Bandwidth.mbps(600)).isCloseTo(60, Percentage.withPercentage(3));
    assertThat(Bandwidth.mbps(1024)).isCloseTo(100, Percentage.withPercentage(3));
    assertThat(Bandwidth.mbps(1)).isCloseTo(0.0994, Offset.offset(0.0001));
  }

  @Test
  void egressRemovesTheCompressedShare() {
    assertThat(Bandwidth.egressMbps(100, 30)).isCloseTo(70, Offset.offset(1e-9));
    assertThat(Bandwidth.egressMbps(100, 0)).isEqualTo(100);
  }

  @Test
  void aCacheDiskAbsorbsItsChurnForCacheOverRateHours() {
    assertThat(Bandwidth.cacheBufferHours(1024, 2048)).isEqualTo(12);
    assertThat(Bandwidth.cacheBufferHours(600, 0)).isInfinite();
  }

  @Test
  void initialReplicationBatchesFinishWithinTheGoal() {
    // 100 Mbps for 72 h moves 100e6 x 259200 / 8 / 2^30 = 3017.3 GiB: 10 machines of 300 GiB.
    InitialReplication ir = InitialReplication.of(100, 300, 25, 72);

    assertThat(ir.batchMachines()).isEqualTo(10);
    assertThat(ir.batches()).isEqualTo(3);
    assertThat(ir.dataGiB()).isEqualTo(7500);
    assertThat(ir.hours()).isCloseTo(7500 * 72 / 3017.3, Percentage.withPercentage(0.01));
    assertThat(Bandwidth.transferHours(Bandwidth.transferableGiB(100, 72), 100))
        .isCloseTo(72, Offset.offset(1e-9));
  }

  @Test
  void aMachineLargerThanOneGoalGivesNoBatch() {
    InitialReplication ir = InitialReplication.of(1, 5000, 2, 1);

    assertThat(ir.batchMachines()).isZero();
    assertThat(ir.batches()).isNull();
  }

  @Test
  void reportsEveryCarryingServerAndTheTotals() {
    Plan plan =
        Planner.plan(
            Workload.aggregate(500, 3072),
            CatalogLoader.builtIn("asr-classic"),
            PlanOptions.defaults());

    BandwidthReport r = BandwidthReport.of(plan, 30, null);

    assertThat(r.servers()).hasSize(plan.processServers().size());
    assertThat(r.totalIngressMbps()).isCloseTo(Bandwidth.mbps(3072), Offset.offset(1e-9));
    assertThat(r.totalEgressMbps()).isCloseTo(0.7 * Bandwidth.mbps(3072), Offset.offset(1e-9));
    assertThat(r.servers())
        .allSatisfy(
            s ->
                assertThat(s.cacheBufferHours())
                    .isCloseTo(s.cacheDiskGiB() / s.churnGiBPerDay() * 24, Offset.offset(1e-9)));
  }

  @Test
  void rejectsImpossibleInputs() {
    assertThatThrownBy(() -> InitialReplication.of(0, 300, 1, 72)).hasMessageContaining("Mbps");
    Plan plan =
        Planner.plan(
            Workload.aggregate(1, 1), CatalogLoader.builtIn("asr-classic"), PlanOptions.defaults());
    assertThatThrownBy(() -> BandwidthReport.of(plan, 100, null))
        .hasMessageContaining("compression");
  }
}
