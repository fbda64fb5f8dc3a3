package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asrsizing.model.Machine;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A server's simulated churn against the sum it stands for: the same machines drawn one by one,
 * each from its own lognormal, many times. The mean is the sum's; at the sum's 90th, 95th, 99th and
 * 99.9th percentiles (where a server's holding is decided) the fitted chance of staying below is
 * the sum's, within sampling error and half the chance of exceeding (the fit's bias grows with the
 * spread: docs/whatif.md has the table, from {@link ServerChurnAccuracy}).
 */
class ServerChurnTest {

  private static final int SAMPLES = 100_000;

  @ParameterizedTest(name = "{0} machines of {1} GiB/day (every {2}th of {3}), cv {4}")
  @CsvSource({
    // machines, churn, every k-th machine is big, big churn, cv
    "1, 100, 1, 100, 0.5",
    "2, 10, 2, 90, 0.3",
    "5, 20, 5, 200, 1.0",
    "20, 5, 4, 50, 0.5",
    "200, 10, 50, 400, 0.3",
    "200, 10, 200, 10, 1.5",
    "60, 30, 10, 120, 3.0",
  })
  void theFittedServerHoldsAsOftenAsTheSumOfItsMachinesDrawnOneByOne(
      int machines, double churn, int every, double bigChurn, double cv) {
    List<Machine> list = new ArrayList<>();
    for (int i = 0; i < machines; i++) {
      list.add(Machine.of("m" + i, (i + 1) % every == 0 ? bigChurn : churn));
    }
    MonteCarlo.MachineChurn machineChurn = new MonteCarlo.MachineChurn(list, cv);
    ServerChurn server = ServerChurn.of(new int[machines], 1, machineChurn);

    double[] sums = ServerChurnAccuracy.sortedSums(list, cv, SAMPLES, 11);
    double[] mean = {0};
    Arrays.stream(sums).forEach(v -> mean[0] += v / SAMPLES);

    double expected = 0;
    for (int i = 0; i < machines; i++) {
      expected += machineChurn.mean(i);
    }
    assertThat(mean[0]).isCloseTo(expected, Percentage.withPercentage(1.5));
    for (double p : new double[] {0.9, 0.95, 0.99, 0.999}) {
      double quantile = sums[(int) (p * SAMPLES)];
      double fitted = Math.exp(server.logAllHold(new double[] {quantile}, 1));
      // Sampling error of the empirical share (5 standard deviations) and half the tail beyond.
      double tolerance = 5 * Math.sqrt(p * (1 - p) / SAMPLES) + 0.5 * (1 - p);
      if (cv <= 0.5) {
        tolerance = 5 * Math.sqrt(p * (1 - p) / SAMPLES) + 0.05 * (1 - p);
      }
      assertThat(fitted).as("P(server <= sum's %s quantile)", p).isCloseTo(p, within(tolerance));
    }
    double[][] days = MonteCarlo.days(server, SAMPLES, 3);
    double[] simulated = Arrays.stream(days).mapToDouble(d -> d[0]).sorted().toArray();
    assertThat(simulated[(int) (0.99 * SAMPLES)])
        .as("the simulated server's 99th percentile against the sum's")
        .isCloseTo(sums[(int) (0.99 * SAMPLES)], Percentage.withPercentage(cv <= 1.5 ? 3 : 10));
  }

  @org.junit.jupiter.api.Test
  void aSpreadTooSmallForALognormalIsDrawnAsANormalAndAZeroSpreadAsTheMean() {
    // p95 one ulp above the churn gives a spread of 0; a cv of 1e-17 one far too small for doubles.
    Machine db = new Machine("db", 200, null, null, null, null, Math.nextUp(200.0));
    List<Machine> many = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      many.add(Machine.of("m" + i, 20));
    }
    ServerChurn flat =
        ServerChurn.of(new int[] {0}, 1, new MonteCarlo.MachineChurn(List.of(db), 0.3));
    ServerChurn tiny = ServerChurn.of(new int[50], 1, new MonteCarlo.MachineChurn(many, 1e-17));

    for (double[] day : MonteCarlo.days(flat, 50, 1)) {
      assertThat(day[0]).isCloseTo(200, within(1e-9));
    }
    for (double[] day : MonteCarlo.days(tiny, 50, 1)) {
      assertThat(day[0]).isCloseTo(1000, within(1e-9));
    }
    assertThat(flat.logAllHold(new double[] {200.001}, 1)).isZero();
    assertThat(flat.logAllHold(new double[] {199.9}, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Math.exp(tiny.logAllHold(new double[] {1000.001}, 1))).isCloseTo(1, within(1e-9));
    MonteCarloResult r =
        MonteCarlo.run(
            org.asrsizing.model.Workload.of(List.of(db)),
            org.asrsizing.io.CatalogLoader.builtIn("asr-classic"),
            org.asrsizing.plan.PlanOptions.defaults(),
            0.3,
            100,
            1,
            95);
    assertThat(r.plan().probabilityAllWithinLimits()).isEqualTo(1.0);
    assertThat(r.plan().servers().get(0).p95ChurnGiBPerDay()).isCloseTo(200, within(1e-9));
  }
}
