package org.asrsizing.plan;

import static org.asrsizing.plan.Fixtures.CLASSIC;
import static org.asrsizing.plan.Fixtures.plan;
import static org.asrsizing.plan.Fixtures.processServerTiers;
import static org.asrsizing.plan.PlanAssert.assertThatPlan;
import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.model.Plan;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;

class ScaleOutPlanTest {

  @Test
  void twoHundredTwentyMachinesNeedOneManagementServerAndOneLargeProcessServer() {
    Plan p = plan(220, 1536);
    assertThat(p.configurationServers())
        .singleElement()
        .satisfies(
            cs -> {
              assertThat(cs.replicates()).isFalse();
              assertThat(cs.vcpus()).isEqualTo(8);
              assertThat(cs.machines()).isEqualTo(220);
            });
    assertThat(processServerTiers(p)).containsExactly("large");
    assertThat(p.summary().vcpus()).isEqualTo(20);
    assertThat(p.summary().lowerBoundVcpus()).isEqualTo(20);
  }

  @Test
  void twoHundredMachinesAtOneAndAHalfTebibytesStayOnOneLargeConfigurationServer() {
    Plan p = plan(200, 1536);
    assertThat(p.summary().scaleOutRequired()).isFalse();
    assertThat(Fixtures.onlyConfigurationServerTier(p)).isEqualTo("large");
    assertThat(p.summary().vcpus()).isEqualTo(16);
  }

  @Test
  void configurationServersNumberAtLeastMachinesOverTheirLimit() {
    Plan p = plan(1100, 3000);
    assertThat(p.summary().configurationServers()).isGreaterThanOrEqualTo(2);
    assertThatPlan(p).satisfiesThePlannerContract(Workload.aggregate(1100, 3000), CLASSIC);
  }

  @Test
  void theDocumentedAlternativeLimitOf650ConfigurationServerMachinesIsSelectable() {
    Workload w = Workload.aggregate(650, 100);
    Plan p650 = Planner.plan(w, CLASSIC, new PlanOptions(0, 0, Preference.VCPUS, 650));
    Plan p550 = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThat(p650.summary().configurationServers()).isEqualTo(1);
    assertThat(p550.summary().configurationServers()).isEqualTo(2);
    assertThat(p650.assumptions().configurationServerMachineLimit()).isEqualTo(650);
  }

  @Test
  void preferringServersGivesTheScaleUpAnswerAndListsTheOtherAsAlternative() {
    Workload w = Workload.aggregate(550, 100);
    Plan byVcpus = plan(w, Preference.VCPUS);
    Plan byServers = plan(w, Preference.SERVERS);
    assertThat(byVcpus.summary().vcpus()).isLessThan(byServers.summary().vcpus());
    assertThat(byServers.summary().processServers()).isLessThan(byVcpus.summary().processServers());
    assertThat(byVcpus.alternatives())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.preference()).isEqualTo(Preference.SERVERS);
              assertThat(a.totals().vcpus()).isEqualTo(byServers.summary().vcpus());
            });
    assertThat(byServers.alternatives())
        .singleElement()
        .satisfies(a -> assertThat(a.totals().vcpus()).isEqualTo(byVcpus.summary().vcpus()));
  }

  @Test
  void whenBothPreferencesAgreeNoAlternativeIsListed() {
    assertThat(plan(220, 1536).alternatives()).isEmpty();
  }

  @Test
  void equalVcpusAreBrokenByFewerServers() {
    // 550 small machines: 7 small (28 vCPU, 7 servers) or 2 medium + 3 small (28 vCPU, 5 servers).
    Plan p = plan(550, 100);
    assertThat(p.summary().vcpus() - 8).isEqualTo(28);
    assertThat(p.summary().processServers()).isEqualTo(5);
  }

  @Test
  void modernizedScalesOutByAddingAppliances() {
    Workload w = Workload.aggregate(450, 100);
    Plan p = Planner.plan(w, Fixtures.MODERNIZED, PlanOptions.defaults());
    assertThat(p.processServers()).isEmpty();
    assertThat(p.configurationServers())
        .hasSize(3)
        .allMatch(s -> s.replicates() && s.machines() == 150);
    assertThatPlan(p).satisfiesThePlannerContract(w, Fixtures.MODERNIZED);
  }
}
