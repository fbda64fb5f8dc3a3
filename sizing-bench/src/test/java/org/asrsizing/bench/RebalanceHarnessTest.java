package org.asrsizing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Machine;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.Rebalancer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RebalanceHarnessTest {

  private static final InstanceSpec SPEC = InstanceSpec.parse("lognormal-both-n1000-s1");

  @Test
  void everyPerturbationOfAThousandMachinesRebalancesSoundlyAndAboveTheBound() {
    List<Machine> fleet = InstanceGenerator.generate(SPEC);
    for (String id : List.of(BenchCatalogs.CLASSIC, BenchCatalogs.MODERNIZED)) {
      Catalog catalog = BenchCatalogs.load(id);
      CurrentDeployment planned = RebalanceMeasurement.deployed(fleet, catalog, 0);
      for (Perturbation p : Perturbation.values()) {
        RebalanceMeasurement m = RebalanceHarness.run(id, catalog, SPEC, planned, p, 0);
        String what = id + " " + p.id();
        assertThat(m.moves()).as(what).isGreaterThanOrEqualTo(m.lowerBoundMoves());
        assertThat(m.serversOverLimitAfter()).as(what).isZero();
        assertThat(m.lost()).as(what).isZero();
        assertThat(m.unplaced()).as(what).isZero();
      }
    }
  }

  @Test
  void aPerturbationChangesItsShareOfMachinesAndIsSeeded() {
    Catalog catalog = BenchCatalogs.load(BenchCatalogs.CLASSIC);
    CurrentDeployment planned =
        RebalanceMeasurement.deployed(InstanceGenerator.generate(SPEC), catalog, 0);
    double max = Perturbation.maxChurn(catalog, 0);

    CurrentDeployment churned = Perturbation.CHURN20.apply(planned, max, 1);
    int changed = 0;
    for (int i = 0; i < planned.machines().size(); i++) {
      Machine before = planned.machines().get(i);
      Machine after = churned.machines().get(i);
      assertThat(after.name()).isEqualTo(before.name());
      assertThat(after.churnGiBPerDay()).isLessThanOrEqualTo(max);
      changed += after.churnGiBPerDay() == before.churnGiBPerDay() ? 0 : 1;
    }
    assertThat(changed).isBetween(180, 200);
    assertThat(churned.serverOf()).isEqualTo(planned.serverOf());
    assertThat(Perturbation.CHURN20.apply(planned, max, 1)).isEqualTo(churned);
    assertThat(Perturbation.CHURN20.apply(planned, max, 2)).isNotEqualTo(churned);

    CurrentDeployment grown = Perturbation.ADD10.apply(planned, max, 1);
    assertThat(grown.machines()).hasSize(1100);
    assertThat(grown.serverOf()).hasSize(1000);
    assertThat(grown.machines().subList(1000, 1100))
        .allMatch(m -> m.name().startsWith(Perturbation.NEW_PREFIX));
  }

  @Test
  void aMachineMissingFromTheRebalanceIsCounted() {
    Catalog catalog = BenchCatalogs.load(BenchCatalogs.CLASSIC);
    CurrentDeployment d =
        RebalanceMeasurement.deployed(InstanceGenerator.generate(SPEC), catalog, 0);
    Rebalance r = Rebalancer.run(d, catalog, RebalanceMeasurement.options(0));
    assertThat(RebalanceMeasurement.lost(d, r)).isZero();

    List<Machine> more = new ArrayList<>(d.machines());
    more.add(Machine.of("ghost", 1));
    CurrentDeployment withGhost =
        new CurrentDeployment(
            d.servers(),
            more,
            d.serverOf(),
            d.metrics(),
            d.catalogId(),
            d.headroomPercent(),
            d.configurationServerMachineLimit(),
            d.findings());
    assertThat(RebalanceMeasurement.lost(withGhost, r)).isPositive();
  }

  @Test
  void theHarnessPrintsATableAndTheShareWithinTwiceTheBound() {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new RebalanceHarness());
    cmd.setOut(new PrintWriter(out));
    int code =
        cmd.execute(
            "--sizes",
            "1000",
            "--seeds",
            "1",
            "--dists",
            "pareto",
            "--regimes",
            "churn",
            "--worst",
            "2");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("asr-classic", "asr-modernized", "churn20", "add10")
        .containsPattern("within 2x of the lower bound: [0-9]+/6 = ");
  }
}
