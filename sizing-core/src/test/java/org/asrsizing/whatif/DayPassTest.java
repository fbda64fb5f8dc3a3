package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class DayPassTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  @Test
  void plansSimulatedTogetherFareExactlyAsEachSimulatedAlone() {
    int trials = 300;
    MonteCarlo mc = new MonteCarlo(CLASSIC, Workload.aggregate(600, 5500), 0.6, trials, 3);
    List<Plan> plans = plansAt(mc, 0, 10, 25);

    List<DayPass.Trial> together = simulated(mc, plans, trials);

    for (int i = 0; i < plans.size(); i++) {
      DayPass.Trial alone = simulated(mc, List.of(plans.get(i)), trials).get(0);
      assertThat(together.get(i).result(i)).isEqualTo(alone.result(i));
    }
  }

  @Test
  void aMachineOnePlanLeavesUnplacedAndOneWithoutChurnChangeNoOtherSum() {
    int trials = 200;
    List<Machine> machines = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      machines.add(Machine.of("m" + i, i % 7 == 0 ? 0 : 8 + i % 5));
    }
    machines.add(Machine.of("huge", 100_000));
    MonteCarlo mc = new MonteCarlo(CLASSIC, Workload.of(machines), 0.4, trials, 7);
    List<Plan> plans = plansAt(mc, 0, 30);
    assertThat(plans).allMatch(p -> p.summary().unplacedMachines() == 1);

    List<DayPass.Trial> together = simulated(mc, plans, trials);

    for (int i = 0; i < plans.size(); i++) {
      DayPass.Trial alone = simulated(mc, List.of(plans.get(i)), trials).get(0);
      assertThat(together.get(i).result(i)).isEqualTo(alone.result(i));
      // The unplaced machine's churn is on no server: every server's mean stays its machines'.
      double carried = 0;
      for (ServerOdds s : alone.result(i).servers()) {
        carried += s.churnGiBPerDay();
      }
      assertThat(carried).isLessThan(100_000);
    }
  }

  @Test
  void thePlanWhoseDaysTheSearchPassKeptIsShownAsTheOneDrawnAgain() {
    int trials = 300;
    MonteCarlo mc = new MonteCarlo(CLASSIC, Workload.aggregate(600, 5500), 0.6, trials, 3);
    Plan plan = mc.plan(PlanOptions.defaults());
    DayPass.Trial kept = mc.trial(plan, trials);
    DayPass.Trial drawnAgain = mc.trial(plan, trials);
    kept.keepDays(0);
    DayPass.DRAWS.get()[0] = 0;

    DayPass.run(List.of(kept, drawnAgain));
    long searchPass = DayPass.DRAWS.get()[0];
    SimulatedPlan shown = kept.result(0);

    assertThat(DayPass.DRAWS.get()[0]).as("no second pass for the kept plan").isEqualTo(searchPass);
    assertThat(drawnAgain.result(0)).isEqualTo(shown);
    assertThat(DayPass.DRAWS.get()[0]).isEqualTo(searchPass * 3 / 2);
  }

  @Test
  void aTrialThatCannotHoldStopsAndOneThatHoldsHasEveryDay() {
    int trials = 400;
    MonteCarlo mc = new MonteCarlo(CLASSIC, Workload.aggregate(400, 4096), 0.5, trials, 11);
    DayPass.Trial full = mc.trial(mc.plan(PlanOptions.defaults()), 20);
    DayPass.Trial roomy = mc.trial(mc.plan(PlanOptions.defaults().withHeadroomPercent(40)), 20);

    DayPass.run(List.of(full, roomy));

    // Two servers at exactly their limit: about three days in four fail, far more than 20.
    assertThat(full.stopped()).isTrue();
    assertThat(roomy.stopped()).isFalse();
    assertThat(roomy.daysAllHold()).isEqualTo(trials);
  }

  @Test
  void aServersSimulatedNinetyFifthPercentileIsTheSumsAnalyticOne() {
    // 200 machines of 5 GiB/day, cv 0.5: each server's daily churn is a sum of m independent
    // lognormals; its 95th percentile by Cornish-Fisher from the sum's mean, sd and skewness.
    double cv = 0.5;
    MonteCarloResult r =
        MonteCarlo.run(
            Workload.aggregate(200, 1000), CLASSIC, PlanOptions.defaults(), cv, 20_000, 2, 95);

    double w = 1 + cv * cv;
    double machineSkew = (w + 2) * Math.sqrt(w - 1);
    double z = 1.6448536269514722;
    assertThat(r.plan().servers()).isNotEmpty();
    for (ServerOdds s : r.plan().servers()) {
      double sd = s.churnGiBPerDay() * cv / Math.sqrt(s.machines());
      double skew = machineSkew / Math.sqrt(s.machines());
      double p95 = s.churnGiBPerDay() + sd * (z + (z * z - 1) * skew / 6);
      assertThat(s.p95ChurnGiBPerDay()).isCloseTo(p95, Percentage.withPercentage(0.5));
    }
  }

  @Test
  void theEstimateOfTheChanceAllServersHoldMatchesTheSimulatedShare() {
    int trials = 20_000;
    MonteCarlo mc = new MonteCarlo(CLASSIC, Workload.aggregate(400, 4096), 0.5, trials, 5);
    for (int h : new int[] {0, 5, 10}) {
      DayPass.Trial t = simulated(mc, plansAt(mc, h), trials).get(0);

      double simulated = (double) t.daysAllHold() / trials;
      assertThat(Math.exp(HeadroomGuess.logAllHold(t)))
          .as("headroom %d %%, simulated %s", h, simulated)
          .isCloseTo(simulated, within(0.02));
    }
  }

  private static List<Plan> plansAt(MonteCarlo mc, Integer... headrooms) {
    return List.of(headrooms).stream()
        .map(h -> mc.plan(PlanOptions.defaults().withHeadroomPercent(h)))
        .toList();
  }

  /** {@code plans} simulated together in one pass over the draws. */
  private static List<DayPass.Trial> simulated(MonteCarlo mc, List<Plan> plans, int trials) {
    List<DayPass.Trial> out = plans.stream().map(p -> mc.trial(p, trials)).toList();
    DayPass.run(out);
    return out;
  }
}
