package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ForecastTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** Every 30 days; churn from the function, with a small alternating wobble. */
  private static List<HistoryPoint> history(int n, java.util.function.IntToDoubleFunction churn) {
    List<HistoryPoint> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double wobble = i % 2 == 0 ? 1.01 : 0.99;
      points.add(
          new HistoryPoint(START.plusDays(30L * i), churn.applyAsDouble(30 * i) * wobble, 100 + i));
    }
    return points;
  }

  @Test
  void aStraightLineIsFittedLinearlyAndItsCrossingIsWhereTheLineMeetsTheThreshold() {
    ForecastResult r = Forecast.of(history(12, d -> 1000 + 2 * d), CLASSIC, 36, 95);

    TrendFit linear = chosen(r, Forecast.CHURN);
    assertThat(linear.model()).isEqualTo("linear");
    assertThat(linear.slopePerDay()).isCloseTo(2, Offset.offset(0.1));
    Crossing scaleOut =
        r.crossings().stream()
            .filter(c -> c.quantity().equals(Forecast.CHURN) && c.threshold() == 2048)
            .findFirst()
            .orElseThrow();
    // 1000 + 2 d > 2048 from about day 524, mid 2025.
    assertThat(scaleOut.status()).isEqualTo("expected");
    assertThat(LocalDate.parse(scaleOut.expectedDate()))
        .isBetween(START.plusDays(500), START.plusDays(550));
    assertThat(scaleOut.earliestDate().compareTo(scaleOut.expectedDate())).isLessThanOrEqualTo(0);
  }

  @Test
  void compoundGrowthIsFittedExponentially() {
    ForecastResult r = Forecast.of(history(24, d -> 300 * Math.exp(0.004 * d)), CLASSIC, 12, 95);

    TrendFit exp = chosen(r, Forecast.CHURN);
    assertThat(exp.model()).isEqualTo("exponential");
    assertThat(exp.slopePerDay()).isCloseTo(0.004, Offset.offset(0.0002));
    assertThat(r.fits()).filteredOn(f -> f.quantity().equals(Forecast.CHURN)).hasSize(2);
  }

  @Test
  void everyForecastLiesInsideItsInterval() {
    ForecastResult r = Forecast.of(history(10, d -> 500 + d), CLASSIC, 24, 90);

    assertThat(r.forecast()).hasSize(24);
    assertThat(r.forecast())
        .allSatisfy(
            p -> {
              assertThat(p.churnGiBPerDay())
                  .isBetween(p.churnLowerGiBPerDay(), p.churnUpperGiBPerDay());
              assertThat(p.machines()).isBetween(p.machinesLower(), p.machinesUpper());
            });
    // Intervals widen with distance from the data.
    ForecastPoint near = r.forecast().get(0);
    ForecastPoint far = r.forecast().get(23);
    assertThat(far.churnUpperGiBPerDay() - far.churnLowerGiBPerDay())
        .isGreaterThan(near.churnUpperGiBPerDay() - near.churnLowerGiBPerDay());
  }

  @Test
  void machineThresholdsIncludeScaleOutAndTheConfigurationServerLimit() {
    ForecastResult r = Forecast.of(history(10, d -> 500), CLASSIC, 12, 95);

    assertThat(r.crossings())
        .filteredOn(c -> c.quantity().equals(Forecast.MACHINES))
        .extracting(Crossing::threshold)
        .containsExactly(99.0, 150.0, 200.0, 550.0);
    assertThat(r.crossings())
        .filteredOn(c -> c.threshold() == 99 && c.quantity().equals(Forecast.MACHINES))
        .extracting(Crossing::status)
        .containsExactly("already");
  }

  private static TrendFit chosen(ForecastResult r, String quantity) {
    return r.fits().stream()
        .filter(f -> f.quantity().equals(quantity) && f.chosen())
        .findFirst()
        .orElseThrow();
  }
}
