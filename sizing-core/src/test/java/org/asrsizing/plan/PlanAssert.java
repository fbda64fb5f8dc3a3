package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Unplaced;
import org.asrsizing.model.Workload;
import org.assertj.core.api.AbstractAssert;

/** Domain assertions on a plan: the planner's contract. */
final class PlanAssert extends AbstractAssert<PlanAssert, Plan> {

  private PlanAssert(Plan plan) {
    super(plan, PlanAssert.class);
  }

  static PlanAssert assertThatPlan(Plan plan) {
    return new PlanAssert(plan);
  }

  /** Every machine of the workload (growth off) is placed exactly once or listed as unplaced. */
  PlanAssert placesEveryMachineExactlyOnce(Workload workload) {
    Map<String, Integer> seen = new HashMap<>();
    for (PlannedServer s : servers()) {
      for (String name : s.assignedMachines()) {
        seen.merge(name, 1, Integer::sum);
      }
      assertThat(s.assignedMachines()).hasSize(s.replicates() ? s.machines() : 0);
    }
    for (Unplaced u : actual.unplaced()) {
      seen.merge(u.machine(), 1, Integer::sum);
    }
    List<String> expected = new ArrayList<>();
    for (Machine m : workload.machines()) {
      expected.add(m.name());
    }
    assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(seen.values()).allMatch(count -> count == 1);
    return this;
  }

  /** No server carries more than its planned limits, and planned limits are within the tier's. */
  PlanAssert keepsEveryServerWithinItsLimits(Catalog catalog) {
    for (PlannedServer s : servers()) {
      if (s.replicates()) {
        assertThat(s.machines())
            .as("machines on %s", s.id())
            .isLessThanOrEqualTo(s.limitMachines());
        assertThat(s.churnGiBPerDay())
            .as("churn on %s", s.id())
            .isLessThanOrEqualTo(s.limitChurnGiBPerDay() * (1 + 1e-9) + 1e-6);
      } else {
        int managed =
            actual.processServers().stream()
                .filter(p -> s.id().equals(p.configurationServer()))
                .mapToInt(PlannedServer::machines)
                .sum();
        assertThat(managed).as("machines managed by %s", s.id()).isEqualTo(s.machines());
        assertThat(managed).isLessThanOrEqualTo(s.limitMachines());
        assertThat(s.limitMachines()).isLessThanOrEqualTo(catalog.managementServer().maxMachines());
      }
    }
    return this;
  }

  /** The plan's vCPUs add up and are never below the reported lower bound. */
  PlanAssert neverCostsLessThanItsLowerBound() {
    int vcpus = servers().stream().mapToInt(PlannedServer::vcpus).sum();
    assertThat(actual.summary().vcpus()).isEqualTo(vcpus);
    assertThat(vcpus).isGreaterThanOrEqualTo(actual.summary().lowerBoundVcpus());
    assertThat(actual.summary().gapVcpus()).isEqualTo(vcpus - actual.summary().lowerBoundVcpus());
    return this;
  }

  PlanAssert satisfiesThePlannerContract(Workload workload, Catalog catalog) {
    return placesEveryMachineExactlyOnce(workload)
        .keepsEveryServerWithinItsLimits(catalog)
        .neverCostsLessThanItsLowerBound();
  }

  private List<PlannedServer> servers() {
    List<PlannedServer> all = new ArrayList<>(actual.configurationServers());
    all.addAll(actual.processServers());
    return all;
  }
}
