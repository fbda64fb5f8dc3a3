package org.asrsizing.plan;

import static org.asrsizing.plan.Fixtures.CLASSIC;
import static org.asrsizing.plan.PlanAssert.assertThatPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;

/** Inputs that break naive packers. */
class WorstCaseTest {

  private static Workload fleet(int n, java.util.function.IntToDoubleFunction churn) {
    List<Machine> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Machine.of(String.format("vm%05d", i), churn.applyAsDouble(i)));
    }
    return Workload.of(list);
  }

  @Test
  void machinesJustAboveHalfALargeTierEachNeedTheirOwnServer() {
    // 1024.01 GiB/day: two never share a large process server, and none fits a medium one.
    Workload w = fleet(300, i -> 1024.01 + i * 1e-4);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.processServers()).hasSize(300).allMatch(s -> s.tier().equals("large"));
    assertThat(p.summary().gapVcpus()).isZero();
  }

  @Test
  void machinesJustAboveHalfASmallTierPackOnePerSmallOrEightPerMedium() {
    Workload w = fleet(400, i -> 125.01 + i * 1e-4);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    // 8 per medium (8 vCPU) beats 1 per small (4 vCPU); 16 per large (12 vCPU) beats both.
    assertThat(p.processServers())
        .allMatch(s -> s.tier().equals("large") || s.tier().equals("medium"));
    assertThat(p.summary().gapPercent()).isLessThanOrEqualTo(2.0);
  }

  @Test
  void identicalMachinesAreSpreadEvenlyOverServersOfOneTier() {
    Workload w = fleet(1000, i -> 3.0);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.summary().gapVcpus()).isZero();
    for (PlannedServer cs : p.configurationServers()) {
      var byTier = new java.util.HashMap<String, List<Integer>>();
      p.processServers().stream()
          .filter(ps -> cs.id().equals(ps.configurationServer()))
          .forEach(
              ps -> byTier.computeIfAbsent(ps.tier(), t -> new ArrayList<>()).add(ps.machines()));
      byTier
          .values()
          .forEach(
              counts ->
                  assertThat(
                          counts.stream().mapToInt(Integer::intValue).max().orElse(0)
                              - counts.stream().mapToInt(Integer::intValue).min().orElse(0))
                      .isLessThanOrEqualTo(1));
    }
  }

  @Test
  void aSingleMachineGetsTheSmallestConfigurationServer() {
    Workload w = fleet(1, i -> 0.5);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThat(Fixtures.onlyConfigurationServerTier(p)).isEqualTo("small");
    assertThat(p.summary().vcpus()).isEqualTo(8);
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
  }

  @Test
  void machinesAboveEveryTierAreListedAndTheOthersStillPlanned() {
    Workload w = fleet(500, i -> i % 50 == 0 ? 3000 + i : 5 + i % 7);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.unplaced())
        .hasSize(10)
        .allSatisfy(u -> assertThat(u.reason()).contains("exactly one process server"));
    assertThat(p.summary().placedMachines()).isEqualTo(490);
    assertThat(p.findings()).filteredOn(f -> f.rule().equals("machine-churn-ceiling")).hasSize(10);
  }

  @Test
  void aGroupStaysOnOneProcessServer() {
    List<Machine> list = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      list.add(
          new Machine(
              String.format("vm%03d", i), 4 + i % 5, null, null, i < 30 ? "sql" : null, null));
    }
    Workload w = Workload.of(list);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.processServers())
        .filteredOn(s -> s.assignedMachines().contains("vm000"))
        .singleElement()
        .satisfies(s -> assertThat(s.assignedMachines()).contains("vm001", "vm029"));
  }

  @Test
  void aGroupLargerThanTheLargestServerIsNotProtectableWithItsReason() {
    List<Machine> list = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      list.add(
          new Machine(String.format("vm%03d", i), 1, null, null, i < 230 ? "big" : null, null));
    }
    Workload w = Workload.of(list);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.unplaced())
        .hasSize(230)
        .allSatisfy(u -> assertThat(u.reason()).contains("group big"));
  }

  @Test
  void eachSiteIsItsOwnDeployment() {
    List<Machine> list = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      list.add(new Machine("e" + i, 2, null, "east", null, null));
    }
    for (int i = 0; i < 50; i++) {
      list.add(new Machine("w" + i, 2, null, "west", null, null));
    }
    Workload w = Workload.of(list);
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
    assertThat(p.summary().sites()).isEqualTo(2);
    assertThat(p.configurationServers())
        .filteredOn(s -> s.site().equals("west"))
        .singleElement()
        .satisfies(s -> assertThat(s.replicates()).isTrue());
    assertThat(p.processServers()).allMatch(s -> s.site().equals("east"));
  }

  @Test
  void peakChurnIsAWarningAndTooManyDataDisksLeaveTheMachineOut() {
    Workload w =
        Workload.of(
            List.of(
                new Machine("fast", 10, 3, null, null, 60.0),
                new Machine("wide", 10, 70, null, null, 10.0)));
    Plan p = Planner.plan(w, CLASSIC, PlanOptions.defaults());
    assertThat(p.findings())
        .filteredOn(f -> f.rule().equals("machine-peak-churn"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("fast").contains("54 MB/s"));
    assertThat(p.findings())
        .filteredOn(f -> f.rule().equals("machine-data-disks"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("wide").contains("64"));
    // more data disks than supported fail the support matrix's check: the machine is left out
    assertThat(p.unplaced()).extracting(u -> u.machine()).containsExactly("wide");
  }
}
