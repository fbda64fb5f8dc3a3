package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;

/** The Monte Carlo run's contract on random fleets, spreads and numbers of days. */
class MonteCarloProperties {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  record Case(List<Machine> fleet, double cv, int trials, long seed, long shuffleSeed) {

    MonteCarloResult run(List<Machine> machines) {
      return MonteCarlo.run(
          Workload.of(machines), CLASSIC, PlanOptions.defaults(), cv, trials, seed, 95);
    }
  }

  @Property(tries = 30)
  void theOrderOfTheMachinesDoesNotChangeTheResult(@ForAll("cases") Case c) {
    List<Machine> shuffled = new ArrayList<>(c.fleet());
    Collections.shuffle(shuffled, new Random(c.shuffleSeed()));

    assertThat(c.run(shuffled)).isEqualTo(c.run(c.fleet()));
  }

  @Property(tries = 30)
  void sharesAreOfDaysEachServerCarriesItsMachinesChurnAndWhatHoldsHolds(@ForAll("cases") Case c) {
    MonteCarloResult r = c.run(c.fleet());

    for (SimulatedPlan p : r.holds() == null ? List.of(r.plan()) : List.of(r.plan(), r.holds())) {
      int carried = 0;
      double churn = 0;
      for (ServerOdds s : p.servers()) {
        assertThat(s.probabilityWithinLimits() * c.trials())
            .isCloseTo(Math.rint(s.probabilityWithinLimits() * c.trials()), within(1e-6));
        assertThat(s.probabilityWithinLimits())
            .isBetween(0.0, 1.0)
            .isGreaterThanOrEqualTo(p.probabilityAllWithinLimits());
        assertThat(s.p95ChurnGiBPerDay()).isGreaterThanOrEqualTo(0);
        carried += s.machines();
        churn += s.churnGiBPerDay();
      }
      assertThat(carried + p.deployment().unplacedMachines()).isEqualTo(c.fleet().size());
      if (p.deployment().unplacedMachines() == 0) {
        double total = c.fleet().stream().mapToDouble(Machine::churnGiBPerDay).sum();
        assertThat(churn).isCloseTo(total, within(1e-6 * Math.max(1, total)));
      }
    }
    if (r.holds() != null) {
      assertThat(r.holds().probabilityAllWithinLimits()).isGreaterThanOrEqualTo(0.95);
      assertThat(r.holds().deployment().unplacedMachines()).isZero();
      assertThat(r.holds().headroomPercent()).isGreaterThanOrEqualTo(r.plan().headroomPercent());
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Machine>> fleet =
        Combinators.combine(
                Arbitraries.doubles().between(0, 400).ofScale(2).list().ofMinSize(1).ofMaxSize(300),
                Arbitraries.doubles().between(1, 3).ofScale(2))
            .as(
                (churns, p95Factor) -> {
                  List<Machine> machines = new ArrayList<>();
                  for (int i = 0; i < churns.size(); i++) {
                    double churn = churns.get(i);
                    // Every third machine has a p95 churn above its churn: its own spread.
                    Double p95 = i % 3 == 0 && churn > 0 ? churn * p95Factor : null;
                    machines.add(new Machine("m" + i, churn, null, null, null, null, p95));
                  }
                  return machines;
                });
    return Combinators.combine(
            fleet,
            Arbitraries.doubles().between(0.05, 3).ofScale(2),
            Arbitraries.integers().between(10, 150),
            Arbitraries.longs().between(1, 1000),
            Arbitraries.longs())
        .as(Case::new);
  }
}
