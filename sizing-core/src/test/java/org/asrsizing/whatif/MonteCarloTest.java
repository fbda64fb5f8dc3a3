package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  @Test
  void theSameSeedGivesTheSameResult() {
    Workload w = Workload.aggregate(300, 2600);

    MonteCarloResult a = MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.5, 200, 7, 95);
    MonteCarloResult b = MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.5, 200, 7, 95);

    assertThat(a).isEqualTo(b);
  }

  /** Each machine alone on its own server, in the order given. */
  private static ServerChurn eachAlone(List<Machine> machines, double cv) {
    int[] serverOf = new int[machines.size()];
    for (int i = 0; i < serverOf.length; i++) {
      serverOf[i] = i;
    }
    return ServerChurn.of(serverOf, machines.size(), new MonteCarlo.MachineChurn(machines, cv));
  }

  @Test
  void moreTrialsWithTheSameSeedExtendTheSameDays() {
    ServerChurn churn =
        eachAlone(List.of(Machine.of("a", 10), Machine.of("b", 20), Machine.of("c", 0)), 0.3);

    double[][] few = MonteCarlo.days(churn, 5, 42);
    double[][] many = MonteCarlo.days(churn, 50, 42);

    for (int t = 0; t < few.length; t++) {
      assertThat(many[t]).containsExactly(few[t]);
    }
    for (double[] day : many) {
      assertThat(day[2]).isZero();
    }
  }

  @Test
  void aOneMachineServersDaysHaveTheMachinesChurnAsMeanAndTheGivenSpread() {
    double[][] days = MonteCarlo.days(eachAlone(List.of(Machine.of("a", 100)), 0.4), 50_000, 1);
    double[] values = java.util.Arrays.stream(days).mapToDouble(d -> d[0]).toArray();
    org.apache.commons.math3.stat.descriptive.DescriptiveStatistics stats =
        new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(values);

    assertThat(stats.getMean()).isCloseTo(100, Percentage.withPercentage(1.5));
    assertThat(stats.getStandardDeviation()).isCloseTo(40, Percentage.withPercentage(5));
  }

  @Test
  void probabilitiesAreSharesOfDaysAndTheJointOneIsTheSmallest() {
    MonteCarloResult r =
        MonteCarlo.run(
            Workload.aggregate(600, 5500), CLASSIC, PlanOptions.defaults(), 0.6, 300, 3, 95);

    SimulatedPlan p = r.plan();
    assertThat(p.servers()).isNotEmpty();
    assertThat(p.servers())
        .allSatisfy(
            s -> {
              assertThat(s.probabilityWithinLimits()).isBetween(0.0, 1.0);
              assertThat(s.probabilityWithinLimits())
                  .isGreaterThanOrEqualTo(p.probabilityAllWithinLimits());
            });
    assertThat(p.probabilityAllWithinLimits()).isBetween(0.0, 1.0);
  }

  @Test
  void theFullyLoadedPlanRarelyHoldsAndHeadroomFindsOneThatDoes() {
    // Exactly at a large process server's 2 TiB/day: a noisy day exceeds it about half the time.
    MonteCarloResult r =
        MonteCarlo.run(
            Workload.aggregate(400, 4096), CLASSIC, PlanOptions.defaults(), 0.5, 500, 11, 95);

    assertThat(r.plan().probabilityAllWithinLimits()).isLessThan(0.95);
    assertThat(r.holds()).isNotNull();
    assertThat(r.holds().probabilityAllWithinLimits()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.holds().headroomPercent()).isPositive();
    assertThat(r.holds().deployment().vcpus()).isGreaterThan(r.plan().deployment().vcpus());
  }

  @Test
  void aPlanWithAmpleRoomHoldsAsItIs() {
    MonteCarloResult r =
        MonteCarlo.run(
            Workload.aggregate(10, 50), CLASSIC, PlanOptions.defaults(), 0.3, 200, 5, 95);

    assertThat(r.plan().probabilityAllWithinLimits()).isEqualTo(1.0);
    assertThat(r.holds()).isEqualTo(r.plan());
  }

  @Test
  void rejectsParametersOutsideTheirRanges() {
    assertThatThrownBy(() -> MonteCarlo.check(0, 100, 95)).hasMessageContaining("variation");
    MonteCarlo.check(MonteCarlo.MAX_CV, 100, 95);
    assertThatThrownBy(() -> MonteCarlo.check(0.3, MonteCarlo.MAX_TRIALS + 1, 95))
        .hasMessage("trials must be at least 1 and at most 100,000");
    assertThatThrownBy(() -> MonteCarlo.check(0.3, 0, 95)).hasMessageContaining("at least 1");
    MonteCarlo.check(0.3, MonteCarlo.MAX_TRIALS, 95);
    assertThatThrownBy(() -> MonteCarlo.check(0.3, 100, 100)).hasMessageContaining("below 100");
  }

  @Test
  void aPlanWithMoreServerDaysThanTheBoundIsRefusedWithTheTrialsItAllows() {
    // 100,000 machines: 500 process servers and more, so 50,000 days or fewer.
    Workload w = Workload.aggregate(100_000, 100_000);
    MonteCarlo below = new MonteCarlo(CLASSIC, w, 0.3, 100, 1);
    org.asrsizing.model.Plan plan = below.plan(PlanOptions.defaults());
    int servers = below.trial(plan, 0).carrying.size();
    int most = (int) (MonteCarlo.MAX_SERVER_DAYS / servers);

    assertThatThrownBy(() -> new MonteCarlo(CLASSIC, w, 0.3, most + 1, 1).trial(plan, 0).result(0))
        .isInstanceOf(MonteCarlo.TooManyServerDays.class)
        .hasMessage(
            "trials x carrying servers must be at most 25,000,000, to bound memory: the plan at 0"
                + " % headroom has "
                + servers
                + " carrying servers, so at most "
                + most
                + " trials");
    // The search itself keeps only whether all held on each day: a run is refused only for the
    // plans it reports.
    MonteCarloResult r = MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.3, most, 1, 95);
    assertThat(r.plan().servers()).hasSize(servers);
    assertThatThrownBy(
            () -> MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.3, most + 1, 1, 95))
        .isInstanceOf(MonteCarlo.TooManyServerDays.class);
  }

  @Test
  void eachDayDrawsOneZigguratNormalPerServerFromItsOwnStreamTheSeedJumpedOncePerDay() {
    List<Machine> machines =
        List.of(Machine.of("a", 10), Machine.of("b", 0), Machine.of("c", 333.3));
    org.apache.commons.rng.JumpableUniformRandomProvider seeded =
        (org.apache.commons.rng.JumpableUniformRandomProvider)
            org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
    double sigma = Math.sqrt(Math.log1p(0.7 * 0.7));

    double[][] days = MonteCarlo.days(eachAlone(machines, 0.7), 3, 9L);

    for (double[] day : days) {
      org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian z =
          org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(
              seeded.jump());
      // A one-machine server draws its machine's own lognormal; a server without churn still
      // takes its draw, so that the next server's does not depend on it.
      double a = Math.exp(Math.log(10) - sigma * sigma / 2 + sigma * z.sample());
      z.sample();
      double c = Math.exp(Math.log(333.3) - sigma * sigma / 2 + sigma * z.sample());
      assertThat(day[0]).isCloseTo(a, Percentage.withPercentage(1e-9));
      assertThat(day[1]).isZero();
      assertThat(day[2]).isCloseTo(c, Percentage.withPercentage(1e-9));
    }
  }

  @Test
  void aServersDrawOnADayDoesNotDependOnHowManyServersThePlanHas() {
    List<Machine> three = List.of(Machine.of("a", 10), Machine.of("b", 20), Machine.of("c", 30));
    List<Machine> two = three.subList(0, 2);

    double[][] ofThree = MonteCarlo.days(eachAlone(three, 0.5), 40, 4);
    double[][] ofTwo = MonteCarlo.days(eachAlone(two, 0.5), 40, 4);
    double[][] otherSeed = MonteCarlo.days(eachAlone(two, 0.5), 40, 5);

    for (int t = 0; t < 40; t++) {
      assertThat(ofTwo[t]).containsExactly(ofThree[t][0], ofThree[t][1]);
      assertThat(otherSeed[t][0]).isNotEqualTo(ofTwo[t][0]);
    }
    assertThat(ofTwo[1][0]).isNotEqualTo(ofTwo[0][0]);
  }

  @Test
  void plansMadeInParallelAreThoseMadeOneByOne() {
    MonteCarlo mc = new MonteCarlo(CLASSIC, Workload.aggregate(3_000, 60_000), 0.3, 10, 1);
    List<PlanOptions> options =
        List.of(5, 12, 13, 14, 95).stream()
            .map(h -> PlanOptions.defaults().withHeadroomPercent(h))
            .toList();
    MonteCarlo.PLANS.get()[0] = 0;

    List<DayPass.Trial> parallel = mc.trials(options, 3);

    assertThat(MonteCarlo.PLANS.get()[0]).isEqualTo(options.size());
    for (int i = 0; i < options.size(); i++) {
      DayPass.Trial alone = mc.placing(mc.plan(options.get(i)), 3);
      if (alone == null) {
        assertThat(parallel.get(i)).isNull();
        continue;
      }
      assertThat(parallel.get(i).deployment).isEqualTo(alone.deployment);
      assertThat(parallel.get(i).serverOf).isEqualTo(alone.serverOf);
      assertThat(parallel.get(i).limits).isEqualTo(alone.limits);
    }
  }

  @Test
  void oneThreadAndSeveralGiveTheSameResult() throws Exception {
    Workload w = Workload.aggregate(500, 5000);
    java.util.concurrent.Callable<MonteCarloResult> run =
        () -> MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.5, 3500, 13, 95);

    MonteCarloResult single = new java.util.concurrent.ForkJoinPool(1).submit(run).get();
    MonteCarloResult several = new java.util.concurrent.ForkJoinPool(4).submit(run).get();

    assertThat(several).isEqualTo(single);
    assertThat(several.trials()).isGreaterThan(3 * MonteCarlo.BLOCK_TRIALS);
  }

  @Test
  void theSearchOverHeadroomFindsWhatTheScanOfEveryPercentFinds() {
    Catalog modern = CatalogLoader.builtIn("asr-modernized");
    int cases = 0;
    int found = 0;
    List<String> differ = new java.util.ArrayList<>();
    for (Catalog catalog : List.of(CLASSIC, modern)) {
      for (int machines : new int[] {5, 40, 150, 400}) {
        for (double churnTiB : new double[] {0.5, 2, 4, 9}) {
          for (double cv : new double[] {0.2, 0.6, 1.5}) {
            Workload w = Workload.aggregate(machines, churnTiB * 1024);
            long seed = machines + (long) (churnTiB * 10);
            MonteCarloResult search =
                MonteCarlo.run(w, catalog, PlanOptions.defaults(), cv, 200, seed, 95, true);
            MonteCarloResult scan =
                MonteCarlo.run(w, catalog, PlanOptions.defaults(), cv, 200, seed, 95, false);
            if (!search.equals(scan)) {
              differ.add(
                  catalog.id()
                      + " "
                      + machines
                      + " x "
                      + churnTiB
                      + " TiB cv "
                      + cv
                      + ": search "
                      + (search.holds() == null ? "none" : search.holds().headroomPercent())
                      + ", scan "
                      + (scan.holds() == null ? "none" : scan.holds().headroomPercent()));
              // What the search returns always holds, with no less headroom than the scan's.
              assertThat(search.holds()).isNotNull();
              assertThat(search.holds().probabilityAllWithinLimits()).isGreaterThanOrEqualTo(0.95);
              assertThat(search.holds().headroomPercent())
                  .isGreaterThan(scan.holds().headroomPercent());
            }
            cases++;
            found += scan.holds() != null && scan.holds() != scan.plan() ? 1 : 0;
          }
        }
      }
    }
    assertThat(cases).isEqualTo(96);
    // On these days the search, started from its guess, meets the scan's first plan that holds in
    // every case (with one stream per block of days instead of per day, server s drew on the same
    // normal only on a block's first day in plans of different sizes, and at cv 1.5 a plan with
    // more headroom held less often, so the search returned 65 % where the scan found 59 %).
    assertThat(differ).isEmpty();
    assertThat(found).as("cases where the plan that holds needs more headroom").isGreaterThan(20);
  }

  @Test
  void theSearchPlansLogarithmicallyOftenAtTenThousandMachines() {
    // 10^4 machines of 20 GiB/day with a wide spread: the plan that holds needs much headroom.
    Workload w = Workload.aggregate(10_000, 200_000);
    MonteCarlo.PLANS.get()[0] = 0;

    MonteCarloResult r = MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 1.0, 20, 3, 99);

    int plans = MonteCarlo.PLANS.get()[0];
    assertThat(r.holds()).isNotNull();
    int h = (int) r.holds().headroomPercent();
    assertThat(h).isGreaterThan(8);
    // Base, galloping to 2h and bisection back: about 2 log2(h) + 2, against h + 1 for the scan.
    assertThat(plans).isLessThanOrEqualTo(2 * (32 - Integer.numberOfLeadingZeros(h)) + 2);
  }

  @Test
  void passesPlansAndDrawsGrowNoFasterThanTheFleetFromTwoThousandFiveHundredToTenThousand() {
    int[] sizes = {2_500, 10_000};
    int[] passes = new int[2];
    int[] plans = new int[2];
    long[] draws = new long[2];
    int[] servers = new int[2];
    for (int k = 0; k < 2; k++) {
      Workload w = Workload.aggregate(sizes[k], sizes[k] * 20.0);
      MonteCarlo.PLANS.get()[0] = 0;
      DayPass.PASSES.get()[0] = 0;
      DayPass.DRAWS.get()[0] = 0;

      MonteCarloResult r = MonteCarlo.run(w, CLASSIC, PlanOptions.defaults(), 0.3, 400, 3, 95);

      assertThat(r.holds()).isNotNull();
      passes[k] = DayPass.PASSES.get()[0];
      plans[k] = MonteCarlo.PLANS.get()[0];
      draws[k] = DayPass.DRAWS.get()[0];
      servers[k] = r.holds().servers().size();
    }
    for (int k = 0; k < 2; k++) {
      // The given plan and the two plans around the estimate in one pass (at most one more when
      // the estimate is a percent off), each drawing one churn per server and day: no plan has
      // more servers than the one that holds, with the most headroom simulated but one.
      assertThat(passes[k]).isLessThanOrEqualTo(2);
      // The two plans reported are drawn once more, keeping every server's day.
      assertThat(draws[k]).isLessThanOrEqualTo(6L * (servers[k] + 1) * 400);
      assertThat(draws[k]).isGreaterThanOrEqualTo(2L * servers[k] * 400);
    }
    // Four times the machines: about four times the servers, not the machines, drawn.
    assertThat(draws[1]).isLessThanOrEqualTo(5 * draws[0]);
    assertThat(draws[1]).isLessThan((long) sizes[1] * 400);
    assertThat(plans[1]).isLessThanOrEqualTo(plans[0] + 2);
  }
}
