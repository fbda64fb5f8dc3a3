package org.asrsizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  @Test
  void aNameTwiceIsRefusedWithBothEntriesNamed() {
    List<Machine> machines =
        List.of(
            Machine.of("vm-a", 1),
            Machine.of("vm-b", 2),
            Machine.of("vm-c", 3),
            Machine.of("vm-b", 4),
            Machine.of("vm-a", 5));

    assertThatThrownBy(() -> Workload.of(machines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("machine name vm-b appears twice (entries 2 and 4)");
  }

  @Test
  void distinctNamesAreKeptInTheirOrder() {
    Workload w = Workload.of(List.of(Machine.of("vm-b", 2), Machine.of("vm-a", 1)));

    assertThat(w.machines()).extracting(Machine::name).containsExactly("vm-b", "vm-a");
    assertThat(w.machineCount()).isEqualTo(2);
  }

  @Test
  void anEmptyWorkloadIsRefused() {
    assertThatThrownBy(() -> Workload.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one machine");
  }
}
