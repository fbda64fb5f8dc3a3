package org.asrsizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The data a machine writes per day, from its profiled rates. */
class WriteSeriesDailyTest {

  private static final long HOUR = 3600;

  @Test
  void aConstantRateAllDayIsThatRateTimesADay() {
    long[] t = new long[24];
    double[] r = new double[24];
    for (int h = 0; h < 24; h++) {
      t[h] = h * HOUR;
      r[h] = 2;
    }
    assertThat(WriteSeries.of("a", t, r).dailyMiB()).containsExactly(2.0 * 86_400);
  }

  @Test
  void aGapIsNotFilledInAndADayIsScaledToItsSampledTime() {
    // hourly samples of 1 MB/s from 00:00 to 02:00, then nothing until 12:00 and 13:00 at 5 MB/s:
    // five sampled hours of 1, 1, 1, 5 and 5 MB/s, mean 13/5, kept up for 24 hours.
    long[] t = {0, HOUR, 2 * HOUR, 12 * HOUR, 13 * HOUR};
    double[] r = {1, 1, 1, 5, 5};

    assertThat(WriteSeries.of("a", t, r).dailyMiB()[0]).isCloseTo(13.0 / 5 * 86_400, within(1e-6));
  }

  @Test
  void aSampleOverMidnightIsSplitBetweenItsDays() {
    // hourly samples from 22:00 to 01:00: 22:00 and 23:00 on day one, 00:00 and 01:00 on day two
    long[] t = {22 * HOUR, 23 * HOUR, 24 * HOUR, 25 * HOUR};
    double[] r = {1, 3, 5, 7};

    assertThat(WriteSeries.of("a", t, r).dailyMiB()).containsExactly(2.0 * 86_400, 6.0 * 86_400);
  }
}
