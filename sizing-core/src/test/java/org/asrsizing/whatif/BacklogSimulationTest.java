package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalTime;
import java.util.List;
import org.asrsizing.model.WriteSeries;
import org.junit.jupiter.api.Test;

/**
 * Series whose backlog and RPO are worked out by hand. With a link draining c MiB/s of a load of r
 * MiB/s (c below r) that started with nothing waiting, the oldest unsent byte at t arrived at s
 * with r s = c t, so the RPO is t (1 - c / r); a burst of length B then leaves a worst RPO of B (r
 * / c - 1), reached when its last byte leaves.
 */
class BacklogSimulationTest {

  /** Mbps of one MiB/s: 8 x 2^20 / 10^6. */
  private static final double MBPS_PER_MIBPS = 8.388608;

  private static final long DAY = 19_844L * 86_400; // 2024-05-01T00:00

  @Test
  void aConstantRateAtTheLinkRateLeavesNothingWaiting() {
    LoadSeries load = load(series("a", 900, 1, 1, 1, 1));
    BacklogSimulation.Outcome o = run(load, MBPS_PER_MIBPS, 0, 900);
    assertThat(o.worstRpoSeconds()).isZero();
    assertThat(o.peakBacklogMiB()).isZero();
  }

  @Test
  void aConstantRateAtHalfTheLinkAgesByHalfTheElapsedTime() {
    LoadSeries load = load(series("a", 900, 1, 1, 1, 1));
    BacklogSimulation.Outcome o = run(load, MBPS_PER_MIBPS / 2, 0, 900);
    // RPO = t / 2 over 3600 s; backlog = 0.5 MiB/s x 3600 s
    assertThat(o.worstRpoSeconds()).isCloseTo(1800, within(1e-6));
    assertThat(o.peakBacklogMiB()).isCloseTo(1800, within(1e-6));
    assertThat(o.sampleRpoSeconds())
        .containsExactly(new double[] {450, 900, 1350, 1800}, within(1e-6));
    assertThat(o.samplesWithin(900)).isEqualTo(2);
    // above 900 s from t = 1800 s to the end at 3600 s
    assertThat(o.longestViolationSeconds()).isCloseTo(1800, within(1e-6));
  }

  @Test
  void theBandwidthForATargetAtEverySampleAndAt90PercentFollowsTheRatio() {
    double[] ones = new double[10];
    java.util.Arrays.fill(ones, 1);
    LoadSeries load = load(series("a", 900, ones));
    // every interval: 10 x 900 x (1 - x) <= 900, x = 0.9; 9 of 10: 9 x 900 x (1 - x) <= 900
    RequiredBandwidth b = RequiredBandwidth.of(load, 900, List.of(), 0);
    assertThat(b.mbpsAt100Percent()).isEqualTo(ceil(0.9 * MBPS_PER_MIBPS));
    assertThat(b.mbpsAt99Percent()).isEqualTo(ceil(0.9 * MBPS_PER_MIBPS));
    assertThat(b.mbpsAt90Percent()).isEqualTo(ceil(8.0 / 9 * MBPS_PER_MIBPS));
  }

  @Test
  void compressionOf30PercentNeeds70PercentOfTheLink() {
    double[] ones = new double[10];
    java.util.Arrays.fill(ones, 1);
    LoadSeries load = load(series("a", 900, ones));
    assertThat(RequiredBandwidth.of(load, 900, List.of(), 30).mbpsAt100Percent())
        .isEqualTo(ceil(0.9 * MBPS_PER_MIBPS * 0.7));
    assertThat(RequiredBandwidth.of(load, 900, List.of(), 0).mbpsAt100Percent())
        .isEqualTo(ceil(0.9 * MBPS_PER_MIBPS));
  }

  @Test
  void aSingleBurstPeaksWhenItsLastByteLeaves() {
    LoadSeries load = load(series("a", 900, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    // c = r / 4: RPO = 0.75 t until t = 3600 (s = 900), then nothing waits
    BacklogSimulation.Outcome o = run(load, 2.5 * MBPS_PER_MIBPS, 0, 900);
    assertThat(o.worstRpoSeconds()).isCloseTo(2700, within(1e-6));
    assertThat(o.peakBacklogMiB()).isCloseTo(9000 - 2.5 * 900, within(1e-6));
    assertThat(o.longestViolationSeconds()).isCloseTo(3600 - 1200, within(1e-6));
    assertThat(o.samplesWithin(900)).isEqualTo(7); // intervals 1, 2 and 3 go above 900 s
    // worst = 900 (r / c - 1) <= 900 needs c = r / 2
    assertThat(RequiredBandwidth.of(load, 900, List.of(), 0).mbpsAt100Percent())
        .isEqualTo(ceil(5 * MBPS_PER_MIBPS));
  }

  @Test
  void aDailySquareWavePeaksOncePerDay() {
    double[] day = new double[24];
    for (int h = 8; h < 16; h++) {
      day[h] = 1;
    }
    double[] two = new double[48];
    System.arraycopy(day, 0, two, 0, 24);
    System.arraycopy(day, 0, two, 24, 24);
    LoadSeries load = load(series("a", 3600, two));
    // c = r / 2: each day's 8 h burst leaves a worst RPO of 8 h (r / c - 1) = 8 h
    BacklogSimulation.Outcome o = run(load, MBPS_PER_MIBPS / 2, 0, 3600);
    assertThat(o.days()).hasSize(2);
    assertThat(o.dayPeakRpoSeconds())
        .containsExactly(new double[] {8 * 3600, 8 * 3600}, within(1e-6));
    // 8 h (r / c - 1) <= 1 h: c = 8 r / 9
    assertThat(RequiredBandwidth.of(load, 3600, List.of(), 0).mbpsAt100Percent())
        .isEqualTo(ceil(8.0 / 9 * MBPS_PER_MIBPS));
    AchievedRpo a =
        AchievedRpo.of(
            load,
            MBPS_PER_MIBPS / 2,
            BacklogSimulation.capacity(load, MBPS_PER_MIBPS / 2, List.of(), 0, 1),
            List.of(3600.0));
    assertThat(a.targets().get(0).daysOver()).isEqualTo(2);
    assertThat(a.days().get(0).date()).hasToString("2024-05-01");
    assertThat(a.worstRpoMinutes()).isCloseTo(480, within(1e-6));
  }

  @Test
  void aThrottleWindowBuildsABacklogThatTheFullLinkClears() {
    double[] ones = new double[24];
    java.util.Arrays.fill(ones, 1);
    LoadSeries load =
        LoadSeries.of(List.of(series("a", 3600, ones)), new long[] {8 * 3600, 10 * 3600});
    List<Throttle> half =
        List.of(new Throttle(LocalTime.of(8, 0), LocalTime.of(10, 0), MBPS_PER_MIBPS / 2));
    double[] cap = BacklogSimulation.capacity(load, 100, half, 0, 1);
    BacklogSimulation.Outcome o = BacklogSimulation.run(load, cap, 900);
    // 2 h at half the rate: RPO 2 h x (1 - 1/2) = 1 h at 10:00
    assertThat(o.worstRpoSeconds()).isCloseTo(3600, within(1e-6));
    assertThat(RequiredBandwidth.of(load, 900, half, 0).mbpsAt100Percent()).isNull();
    List<Throttle> most =
        List.of(new Throttle(LocalTime.of(8, 0), LocalTime.of(10, 0), MBPS_PER_MIBPS * 0.75));
    o = BacklogSimulation.run(load, BacklogSimulation.capacity(load, 100, most, 0, 1), 900);
    assertThat(o.worstRpoSeconds()).isCloseTo(1800, within(1e-6));
  }

  @Test
  void aThrottleWindowOverMidnightCoversBothEnds() {
    Throttle night = new Throttle(LocalTime.of(22, 0), LocalTime.of(6, 0), 10);
    assertThat(night.covers(23 * 3600)).isTrue();
    assertThat(night.covers(5 * 3600)).isTrue();
    assertThat(night.covers(6 * 3600)).isFalse();
    assertThat(night.covers(12 * 3600)).isFalse();
  }

  @Test
  void machinesAreSummedOnTheUnionOfTheirSampleTimes() {
    LoadSeries load =
        load(series("a", 900, 1, 1), WriteSeries.of("b", new long[] {DAY + 450}, new double[] {2}));
    // a: [0, 1800) at 1; b: [450, 1350) at 2
    assertThat(load.rateMiBps).containsExactly(1, 3, 3, 1);
    assertThat(load.samples).isEqualTo(4);
  }

  private static double ceil(double mbps) {
    return Math.ceil(mbps * 100 - 1e-9) / 100;
  }

  private static BacklogSimulation.Outcome run(
      LoadSeries load, double mbps, double compression, double target) {
    return BacklogSimulation.run(
        load, BacklogSimulation.capacity(load, mbps, List.of(), compression, 1), target);
  }

  private static LoadSeries load(WriteSeries... series) {
    return LoadSeries.of(List.of(series), new long[0]);
  }

  static WriteSeries series(String name, long step, double... rates) {
    long[] t = new long[rates.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = DAY + i * step;
    }
    return WriteSeries.of(name, t, rates);
  }
}
