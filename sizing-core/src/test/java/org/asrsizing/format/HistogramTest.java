package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void bandWidthsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(Histogram.roundWidth(0.7)).isEqualTo(1);
    assertThat(Histogram.roundWidth(1.2)).isEqualTo(2);
    assertThat(Histogram.roundWidth(3)).isEqualTo(5);
    assertThat(Histogram.roundWidth(50)).isEqualTo(50);
    assertThat(Histogram.roundWidth(204.8)).isEqualTo(500);
  }

  @Test
  void machinesOfEqualChurnMakeOneBand() {
    List<Histogram.Bin> bins = Histogram.bins(List.of(6.98, 6.98, 6.98));

    assertThat(bins).containsExactly(new Histogram.Bin(6, 7, 3));
  }

  @Test
  void everyMachineIsCountedOnceInAtMostTwelveBands() {
    List<Double> churn = new ArrayList<>();
    for (int i = 0; i <= 2048; i++) {
      churn.add((double) i);
    }
    List<Histogram.Bin> bins = Histogram.bins(churn);

    assertThat(bins).hasSizeLessThanOrEqualTo(Histogram.MAX_BINS);
    assertThat(bins.stream().mapToInt(Histogram.Bin::machines).sum()).isEqualTo(churn.size());
    assertThat(bins.get(0).from()).isZero();
    assertThat(bins.get(bins.size() - 1).to()).isGreaterThanOrEqualTo(2048);
  }

  @Test
  void noMachinesNoBands() {
    assertThat(Histogram.bins(List.of())).isEmpty();
  }
}
