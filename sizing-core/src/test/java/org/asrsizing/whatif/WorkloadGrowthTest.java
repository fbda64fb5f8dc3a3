package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WorkloadGrowthTest {

  @Test
  void countsRoundUpButIgnoreFloatingPointNoise() {
    assertThat(WorkloadGrowth.count(100, 1.1)).isEqualTo(110);
    assertThat(WorkloadGrowth.count(100, 1.1000001)).isEqualTo(111);
    assertThat(WorkloadGrowth.count(3, 0.01)).isEqualTo(1);
  }

  @Test
  void anInventoryGrowsByAverageMachinesPerSiteAndKeepsItsTotal() {
    Workload w =
        Workload.of(
            List.of(
                Machine.of("a", 10),
                Machine.of("b", 30),
                new Machine("c", 50, null, "east", null, null)));

    Workload grown = WorkloadGrowth.grow(w, 2, 1.5);

    assertThat(grown.machineCount()).isEqualTo(6);
    assertThat(grown.totalChurnGiBPerDay()).isCloseTo(135, Offset.offset(1e-9));
    assertThat(grown.machines().stream().filter(m -> m.site().equals("east"))).hasSize(2);
    assertThat(grown.machines())
        .extracting(Machine::name)
        .contains("growth-0001", "growth-east-0001");
  }

  @Test
  void anAggregateStaysAnAggregate() {
    Workload grown = WorkloadGrowth.grow(Workload.aggregate(10, 100), 1.25, 2);

    assertThat(grown.aggregate()).isTrue();
    assertThat(grown.machineCount()).isEqualTo(13);
    assertThat(grown.totalChurnGiBPerDay()).isCloseTo(200, Offset.offset(1e-9));
  }

  @Test
  void aShrinkingInventoryKeepsTheFirstMachinesByName() {
    Workload w =
        Workload.of(List.of(Machine.of("b", 10), Machine.of("a", 30), Machine.of("c", 20)));

    Workload shrunk = WorkloadGrowth.grow(w, 0.5, 1);

    assertThat(shrunk.machines()).extracting(Machine::name).containsExactly("a", "b");
    assertThat(shrunk.totalChurnGiBPerDay()).isCloseTo(60, Offset.offset(1e-9));
  }
}
