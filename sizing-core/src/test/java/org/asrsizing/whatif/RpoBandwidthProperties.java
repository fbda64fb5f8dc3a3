package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.asrsizing.model.WriteSeries;

/**
 * Invariants of the required bandwidth on random fleets of random series: the figure for every
 * sample interval is never below the 99 % and 90 % ones, and fed back as the link it keeps the
 * worst RPO within the target; a faster link never worsens the RPO.
 */
class RpoBandwidthProperties {

  @Property(tries = 60)
  void theBandwidthForEverySampleIsAtLeastThe90PercentOneAndHoldsTheTarget(
      @ForAll("fleets") List<WriteSeries> fleet,
      @ForAll("targets") double rpoSeconds,
      @ForAll("compressions") double compression,
      @ForAll("throttles") List<Throttle> throttles) {
    LoadSeries load = LoadSeries.of(fleet, breaks(throttles));
    RequiredBandwidth b = RequiredBandwidth.of(load, rpoSeconds, throttles, compression);
    if (b.mbpsAt100Percent() == null) {
      return; // a throttle holds the link too low for any bandwidth; nothing to feed back
    }
    assertThat(b.mbpsAt100Percent()).isGreaterThanOrEqualTo(b.mbpsAt99Percent());
    assertThat(b.mbpsAt99Percent()).isGreaterThanOrEqualTo(b.mbpsAt90Percent());
    double[] cap =
        BacklogSimulation.capacity(load, b.mbpsAt100Percent(), throttles, compression, 1);
    assertThat(BacklogSimulation.run(load, cap, rpoSeconds).worstRpoSeconds())
        .isLessThanOrEqualTo(rpoSeconds * (1 + 1e-9) + 1e-6);
  }

  @Property(tries = 60)
  void aFasterLinkNeverWorsensTheRpo(
      @ForAll("fleets") List<WriteSeries> fleet, @ForAll("compressions") double compression) {
    LoadSeries load = LoadSeries.of(fleet, new long[0]);
    double peak = BacklogSimulation.linkMbps(load.peakMiBps(), compression);
    double slow = worst(load, peak * 0.3, compression);
    double fast = worst(load, peak * 0.6, compression);
    assertThat(fast).isLessThanOrEqualTo(slow + 1e-6);
    assertThat(worst(load, peak, compression)).isZero();
  }

  private static double worst(LoadSeries load, double mbps, double compression) {
    return BacklogSimulation.run(
            load, BacklogSimulation.capacity(load, mbps, List.of(), compression, 1), 900)
        .worstRpoSeconds();
  }

  @Provide
  Arbitrary<List<WriteSeries>> fleets() {
    Arbitrary<double[]> rates =
        Arbitraries.doubles()
            .between(0, 30)
            .ofScale(2)
            .array(double[].class)
            .ofMinSize(1)
            .ofMaxSize(60);
    Arbitrary<WriteSeries> one =
        Combinators.combine(
                rates, Arbitraries.of(300L, 900L, 3600L), Arbitraries.longs().between(0, 3600))
            .as(
                (r, step, offset) -> {
                  long[] t = new long[r.length];
                  for (int i = 0; i < t.length; i++) {
                    t[i] = 19_844L * 86_400 + offset + i * step;
                  }
                  return WriteSeries.of("m", t, r);
                });
    return one.list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Double> targets() {
    return Arbitraries.of(60.0, 300.0, 900.0, 3600.0);
  }

  @Provide
  Arbitrary<Double> compressions() {
    return Arbitraries.of(0.0, 30.0, 50.0);
  }

  @Provide
  Arbitrary<List<Throttle>> throttles() {
    Arbitrary<Throttle> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(1, 8),
                Arbitraries.doubles().between(1, 200).ofScale(1))
            .as(
                (h, len, mbps) ->
                    new Throttle(LocalTime.of(h, 0), LocalTime.of((h + len) % 24, 0), mbps));
    return one.list().ofMaxSize(2);
  }

  private static long[] breaks(List<Throttle> throttles) {
    List<Long> b = new ArrayList<>();
    for (Throttle t : throttles) {
      b.add((long) t.from().toSecondOfDay());
      b.add((long) t.to().toSecondOfDay());
    }
    return b.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
  }
}
