package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.api.Sizing;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;

class PlannerHabitsTest {

  private static Plan plan(PlanOptions options) {
    return Sizing.plan(
        Workload.aggregate(220, 1536), CatalogLoader.builtIn("asr-classic"), options, 0);
  }

  @Test
  void withNoGrowthAndNoHeadroomThePlanSaysOnceWhatTheDeploymentPlannersHabitsWouldCost() {
    Plan plan = plan(PlanOptions.defaults());
    Plan habits = plan(PlanOptions.defaults().withGrowthPercent(30).withHeadroomPercent(20));

    assertThat(plan.findings())
        .filteredOn(f -> f.rule().equals(Rule.PLANNED_TO_LIMITS.id()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .isEqualTo(
                      "growth and headroom are both 0 %: servers are planned up to 100 % of their"
                          + " tiers' published limits, with no room for growth or peaks; with 30 %"
                          + " growth and 20 % headroom (the Deployment Planner's habits) it would"
                          + " need "
                          + (habits.summary().configurationServers()
                              + habits.summary().processServers())
                          + " servers and "
                          + habits.summary().vcpus()
                          + " vCPU instead of 2 servers and 20 vCPU");
            });
  }

  @Test
  void withGrowthOrHeadroomThePlanSaysNothingOfIt() {
    assertThat(plan(PlanOptions.defaults().withHeadroomPercent(10)).findings())
        .extracting(Finding::rule)
        .doesNotContain(Rule.PLANNED_TO_LIMITS.id());
    assertThat(plan(PlanOptions.defaults().withGrowthPercent(10)).findings())
        .extracting(Finding::rule)
        .doesNotContain(Rule.PLANNED_TO_LIMITS.id());
  }

  @Test
  void aboveTheCostedSizeThePlanSaysHowToSeeTheCostInsteadOfPlanningTwice() {
    int n = PlannerHabits.MAX_COSTED_MACHINES;
    Plan at =
        Sizing.plan(
            Workload.aggregate(n, n),
            CatalogLoader.builtIn("asr-classic"),
            PlanOptions.defaults(),
            0);
    Plan above =
        Sizing.plan(
            Workload.aggregate(n + 1, n),
            CatalogLoader.builtIn("asr-classic"),
            PlanOptions.defaults(),
            0);

    assertThat(at.findings())
        .filteredOn(f -> f.is(Rule.PLANNED_TO_LIMITS))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("it would need");
    assertThat(above.findings())
        .filteredOn(f -> f.is(Rule.PLANNED_TO_LIMITS))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith("to see what they cost (not done here above 100000 machines)")
        .doesNotContain("--");
  }
}
