package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Severity;
import org.junit.jupiter.api.Test;

/** Initial replication batches, against figures worked out by hand. */
class ReplicationBatchesTest {

  /** GiB that 80 Mbps carries in 72 hours: 80 x 10^6 x 72 x 3600 / 2^33. */
  private static final double BATCH_GIB = 80e6 * 72 * 3600 / Math.pow(2, 33);

  private static SiteRpo site(double linkMbps, double deltaMbps) {
    return new SiteRpo(
        "hub", 5, 0, null, null, deltaMbps, deltaMbps * 2, List.of(), linkMbps, null, List.of());
  }

  private static InitialCopy copy(Map<String, Double> sizes, Double fallback) {
    return new InitialCopy(sizes, Map.of("a", 1, "b", 8), fallback, 72);
  }

  @Test
  void largestFirstIntoTheFirstBatchItFitsAtTheLinkLeftAfterDeltaReplication() {
    assertThat(BATCH_GIB).isCloseTo(2413.99, within(0.01));
    Map<String, Double> sizes =
        Map.of("a", 2000.0, "b", 1500.0, "c", 900.0, "d", 400.0, "e", 100.0);

    SiteInitialReplication s =
        ReplicationBatches.site(site(100, 20), List.of("e", "d", "c", "b", "a"), copy(sizes, null));

    assertThat(s.availableMbps()).isEqualTo(80);
    assertThat(s.batches())
        .extracting(ReplicationBatch::machines)
        .containsExactly(List.of("a", "d"), List.of("b", "c"), List.of("e"));
    ReplicationBatch first = s.batches().get(0);
    // 2,400 GiB x 2^33 bit / 80 x 10^6 bit/s / 3600 = 71.58 hours
    assertThat(first.hours()).isCloseTo(71.58, within(0.01));
    assertThat(first.overGoal()).isFalse();
    assertThat(s.batches().get(1).startHour()).isEqualTo(first.hours());
    assertThat(s.hours()).isCloseTo(4900 * Math.pow(2, 33) / 80e6 / 3600, within(1e-9));
    assertThat(s.dataGiB()).isEqualTo(4900);
  }

  @Test
  void diskStreamsCountEachMachinesDisksUpToThreeAndThreeWhenUnknown() {
    SiteInitialReplication s =
        ReplicationBatches.site(site(100, 20), List.of("a", "b", "c"), copy(Map.of(), 10.0));

    // a has 1 disk, b 8 (3 at once), c is not counted (3, the tables' convention)
    assertThat(s.batches()).singleElement().extracting(ReplicationBatch::diskStreams).isEqualTo(7);
    assertThat(s.sizedByFallback()).isEqualTo(3);
    assertThat(s.sizedByInventory()).isZero();
  }

  @Test
  void aMachineLargerThanABatchGetsItsOwnBatchMarkedOverTheGoal() {
    SiteInitialReplication s =
        ReplicationBatches.site(
            site(100, 20),
            List.of("a", "b"),
            copy(Map.of("a", BATCH_GIB + 1, "b", BATCH_GIB), null));

    assertThat(s.batches()).extracting(ReplicationBatch::overGoal).containsExactly(true, false);
    assertThat(InitialReplicationFindings.of(List.of(s)))
        .filteredOn(f -> f.severity() == Severity.WARNING)
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("batch 1 (a,");
  }

  @Test
  void aBatchOfExactlyTheGoalIsWithinIt() {
    SiteInitialReplication s =
        ReplicationBatches.site(site(100, 20), List.of("a"), copy(Map.of("a", BATCH_GIB), null));

    assertThat(s.batches().get(0).overGoal()).isFalse();
    assertThat(s.batches().get(0).hours()).isCloseTo(72, within(1e-9));
  }

  @Test
  void whenDeltaReplicationUsesAllOfTheLinkNothingCopiesAndTheFindingSaysSo() {
    SiteInitialReplication s =
        ReplicationBatches.site(site(50, 50), List.of("a"), copy(Map.of("a", 10.0), null));

    assertThat(s.hours()).isNull();
    assertThat(s.batches()).isEmpty();
    assertThat(InitialReplicationFindings.of(List.of(s)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("uses all of the 50 Mbps link");
              assertThat(f.hint()).isNotNull();
            });
  }

  @Test
  void machinesNothingSizesAreLeftOutAndNamed() {
    SiteInitialReplication s =
        ReplicationBatches.site(site(100, 20), List.of("a", "b"), copy(Map.of("a", 10.0), null));

    assertThat(s.unsized()).containsExactly("b");
    assertThat(s.dataGiB()).isEqualTo(10);
    assertThat(InitialReplicationFindings.of(List.of(s)))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("1 machine has no size in the inventory (b)"));
  }
}
