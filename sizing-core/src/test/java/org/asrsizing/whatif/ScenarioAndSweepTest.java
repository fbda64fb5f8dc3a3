package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

class ScenarioAndSweepTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  private static final Workload BASE = Workload.aggregate(220, 1536);

  @Test
  void anEmptyScenarioIsThePlanOfTheCommandLine() {
    Scenario today = new Scenario("today", null, null, null, null, null, null, null, null, null);

    ScenarioComparison c =
        ScenarioComparison.compare(
            List.of(today), BASE, CLASSIC, PlanOptions.defaults(), CatalogLoader::load);

    assertThat(c.scenarios().get(0).deployment())
        .isEqualTo(Deployment.of(Planner.plan(BASE, CLASSIC, PlanOptions.defaults())));
  }

  @Test
  void scenarioFieldsOverrideTheBase() {
    Scenario s =
        new Scenario("big", 500, 3072.0, null, 2.0, 10.0, 20.0, null, Preference.SERVERS, null);

    ScenarioRow row =
        ScenarioComparison.compare(
                List.of(s), null, CLASSIC, PlanOptions.defaults(), CatalogLoader::load)
            .scenarios()
            .get(0);

    PlanOptions options = new PlanOptions(10, 20, Preference.SERVERS, null);
    assertThat(row.deployment())
        .isEqualTo(Deployment.of(Planner.plan(Workload.aggregate(500, 6144), CLASSIC, options)));
  }

  @Test
  void aScenarioThatCannotBePlannedIsNamed() {
    Scenario s = new Scenario("odd", null, null, null, null, null, 120.0, null, null, null);

    assertThatThrownBy(
            () ->
                ScenarioComparison.compare(
                    List.of(s), BASE, CLASSIC, PlanOptions.defaults(), CatalogLoader::load))
        .isInstanceOf(WhatIfInputException.class)
        .hasMessageStartingWith("scenario 'odd': headroom");
  }

  @Test
  void sweepValuesAreExactDecimalsIncludingTheEnd() {
    List<BigDecimal> v =
        Sweep.values(new BigDecimal("0.1"), new BigDecimal("0.3"), new BigDecimal("0.1"));

    assertThat(v).extracting(BigDecimal::toPlainString).containsExactly("0.1", "0.2", "0.3");
    assertThatThrownBy(
            () -> Sweep.values(BigDecimal.ZERO, BigDecimal.valueOf(1000), new BigDecimal("1")))
        .hasMessageContaining("more than 500");
  }

  @Test
  void aChurnSweepAtOneIsThePlanAndMoreChurnNeverNeedsFewerVcpus() {
    Sweep s =
        Sweep.run(
            BASE,
            CLASSIC,
            PlanOptions.defaults(),
            Sweep.Variable.CHURN,
            Sweep.values(new BigDecimal("0.5"), new BigDecimal("3"), new BigDecimal("0.5")));

    assertThat(s.rows()).hasSize(6);
    assertThat(s.rows().get(1).deployment())
        .isEqualTo(Deployment.of(Planner.plan(BASE, CLASSIC, PlanOptions.defaults())));
    for (int i = 1; i < s.rows().size(); i++) {
      assertThat(s.rows().get(i).deployment().vcpus())
          .isGreaterThanOrEqualTo(s.rows().get(i - 1).deployment().vcpus());
    }
  }
}
