package org.asrsizing.plan;

import static org.asrsizing.plan.Fixtures.CLASSIC;
import static org.asrsizing.plan.Fixtures.MODERNIZED;
import static org.asrsizing.plan.PlanAssert.assertThatPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;

/** Branch offices with process servers only, under the hub's configuration servers. */
class HubTopologyTest {

  /** {@code hub} machines at site hq and {@code branches} sites of {@code each} machines. */
  private static Workload offices(int hub, int branches, int each, double churnEach) {
    List<Machine> machines = new ArrayList<>();
    for (int i = 0; i < hub; i++) {
      machines.add(new Machine("hq-" + i, churnEach, null, "hq", null, null));
    }
    for (int b = 1; b <= branches; b++) {
      for (int i = 0; i < each; i++) {
        machines.add(new Machine("b" + b + "-" + i, churnEach, null, "branch" + b, null, null));
      }
    }
    return Workload.of(machines);
  }

  private static Plan hub(Workload w) {
    return Planner.plan(w, CLASSIC, PlanOptions.defaults().withHub("hq"));
  }

  @Test
  void theIssuesOfficesCostFortyFourVcpusWithAHubAndSixtyFourWithout() {
    Workload w = offices(300, 5, 20, 4);
    Plan perSite = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    Plan hub = hub(w);
    assertThat(perSite.summary().configurationServers()).isEqualTo(6);
    assertThat(perSite.summary().vcpus()).isEqualTo(64);
    assertThat(hub.configurationServers())
        .singleElement()
        .satisfies(
            cs -> {
              assertThat(cs.site()).isEqualTo("hq");
              assertThat(cs.replicates()).isFalse();
              assertThat(cs.machines()).isEqualTo(400);
            });
    assertThat(hub.processServers())
        .extracting(PlannedServer::site, PlannedServer::tier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("hq", "medium"),
            org.assertj.core.groups.Tuple.tuple("hq", "medium"),
            org.assertj.core.groups.Tuple.tuple("branch1", "small"),
            org.assertj.core.groups.Tuple.tuple("branch2", "small"),
            org.assertj.core.groups.Tuple.tuple("branch3", "small"),
            org.assertj.core.groups.Tuple.tuple("branch4", "small"),
            org.assertj.core.groups.Tuple.tuple("branch5", "small"));
    assertThat(hub.summary().vcpus()).isEqualTo(44);
    assertThat(hub.summary().lowerBoundVcpus()).isEqualTo(44);
    assertThat(hub.summary().sites()).isEqualTo(6);
    assertThatPlan(hub).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(hub.findings()).filteredOn(f -> f.is(Rule.HUB_TOPOLOGY)).hasSize(6);
  }

  @Test
  void everyMachineIsOnAProcessServerOfItsOwnSiteRegisteredToTheHub() {
    Workload w = offices(300, 5, 20, 4);
    Plan hub = hub(w);
    for (PlannedServer ps : hub.processServers()) {
      assertThat(ps.configurationServer()).isEqualTo("cs-1");
      for (String name : ps.assignedMachines()) {
        Machine m = w.machines().stream().filter(x -> x.name().equals(name)).findFirst().get();
        assertThat(m.site()).as(name).isEqualTo(ps.site());
      }
    }
  }

  @Test
  void aSmallHubReplicatesItselfAndItsTierCountsTheBranchesMachines() {
    // 80 own machines fit a small configuration server (99); 120 managed need a medium one.
    Plan p = hub(offices(80, 2, 20, 4));
    assertThat(p.configurationServers())
        .singleElement()
        .satisfies(
            cs -> {
              assertThat(cs.replicates()).isTrue();
              assertThat(cs.tier()).isEqualTo("medium");
              assertThat(cs.machines()).isEqualTo(80);
            });
    assertThat(p.processServers())
        .extracting(PlannedServer::site, PlannedServer::configurationServer, PlannedServer::tier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("branch1", "cs-1", "small"),
            org.assertj.core.groups.Tuple.tuple("branch2", "cs-1", "small"));
    assertThat(p.summary().vcpus()).isEqualTo(20);
  }

  @Test
  void theScaleOutThresholdCountsEveryManagedMachine200Versus201() {
    Plan at = hub(offices(160, 1, 40, 1));
    Plan above = hub(offices(161, 1, 40, 1));
    assertThat(at.configurationServers()).singleElement().matches(PlannedServer::replicates);
    assertThat(above.configurationServers()).singleElement().matches(cs -> !cs.replicates());
    assertThat(above.processServers()).extracting(PlannedServer::site).contains("hq", "branch1");
  }

  @Test
  void theScaleOutThresholdCountsEveryManagedSitesChurnTwoTebibytesVersusJustAbove() {
    // 10 machines at the hub and 10 at a branch; 2048 GiB/day in all is within, 2048.1 is not.
    Plan at = hub(offices(10, 1, 10, 2048.0 / 20));
    Plan above = hub(offices(10, 1, 10, 2048.1 / 20));
    assertThat(at.configurationServers()).singleElement().matches(PlannedServer::replicates);
    assertThat(above.configurationServers()).singleElement().matches(cs -> !cs.replicates());
  }

  @Test
  void aHubManagingMoreThanItsLimitGetsAnotherConfigurationServerAtTheHub() {
    // 500 + 2 x 100 = 700 machines: more than 550, so two configuration servers, both at hq.
    Workload w = offices(500, 2, 100, 1);
    Plan p = hub(w);
    assertThat(p.configurationServers())
        .hasSize(2)
        .allSatisfy(cs -> assertThat(cs.site()).isEqualTo("hq"));
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.processServers())
        .filteredOn(ps -> !ps.site().equals("hq"))
        .extracting(PlannedServer::site)
        .containsOnly("branch1", "branch2");
  }

  @Test
  void theHubMustBeASiteAndTheCatalogMustHaveProcessServers() {
    Workload w = offices(10, 1, 10, 1);
    assertThatThrownBy(() -> Planner.plan(w, CLASSIC, PlanOptions.defaults().withHub("hx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the hub hx is not a site of the workload; its sites are branch1, hq");
    assertThatThrownBy(() -> Planner.plan(w, MODERNIZED, PlanOptions.defaults().withHub("hq")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no scale-out process servers");
  }

  @Test
  void aHubAloneIsPlannedAsWithoutOne() {
    Workload w = offices(300, 0, 0, 4);
    Plan hub = hub(w);
    Plan plain = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThat(hub.summary().vcpus()).isEqualTo(plain.summary().vcpus());
    assertThat(hub.summary().lowerBoundVcpus()).isLessThanOrEqualTo(hub.summary().vcpus());
  }
}
