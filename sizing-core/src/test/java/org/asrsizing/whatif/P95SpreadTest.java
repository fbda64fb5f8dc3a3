package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;

class P95SpreadTest {

  @Test
  void theSpreadPutsTheNinetyFifthPercentileAtTheP95ChurnAndKeepsTheMean() {
    double sigma = MonteCarlo.sigmaOfP95(100, 150.0, 0.3);
    LogNormalDistribution d = new LogNormalDistribution(Math.log(100) - sigma * sigma / 2, sigma);
    assertThat(d.getNumericalMean()).isCloseTo(100, within(1e-9));
    assertThat(d.inverseCumulativeProbability(0.95)).isCloseTo(150, within(1e-6));
  }

  @Test
  void withoutAUsableP95TheCoefficientOfVariationDecides() {
    assertThat(MonteCarlo.sigmaOfP95(100, null, 0.25)).isEqualTo(0.25);
    assertThat(MonteCarlo.sigmaOfP95(100, 90.0, 0.25)).isEqualTo(0.25);
  }

  @Test
  void simulatedDaysOfAMachineWithAP95ChurnReachItOnOneDayInTwenty() {
    Machine m = new Machine("db", 200, null, null, null, null, 400.0);
    ServerChurn alone =
        ServerChurn.of(new int[] {0}, 1, new MonteCarlo.MachineChurn(List.of(m), 0.1));
    double[][] days = MonteCarlo.days(alone, 20_000, 7);
    double[] churn = new double[days.length];
    for (int t = 0; t < days.length; t++) {
      churn[t] = days[t][0];
    }
    assertThat(new Percentile().evaluate(churn, 95)).isCloseTo(400, within(12.0));
  }
}
