package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WorkloadGrowthTest {

  @Test
  void newMachineNumbersAreWrittenAsFormatWritesThemInEnglish() {
    for (int k : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456}) {
      assertThat(WorkloadGrowth.fourDigits(k))
          .as("%d", k)
          .isEqualTo(String.format(java.util.Locale.ROOT, "%04d", k));
    }
  }

  @Test
  void countsRoundUpButIgnoreFloatingPointNoise() {
    assertThat(WorkloadGrowth.count(100, 1.1)).isEqualTo(110);
    assertThat(WorkloadGrowth.count(100, 1.1000001)).isEqualTo(111);
    assertThat(WorkloadGrowth.count(3, 0.01)).isEqualTo(1);
  }

  @Test
  void anInventoryGrowsPerSiteAndKeepsItsTotal() {
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

  @Test
  void newMachinesAreDrawnFromTheSitesOwnChurnsTheSameInEveryMonth() {
    java.util.List<Machine> fleet = new java.util.ArrayList<>();
    for (int i = 0; i < 90; i++) {
      fleet.add(Machine.of(String.format("small-%02d", i), 1));
    }
    for (int i = 0; i < 10; i++) {
      fleet.add(Machine.of(String.format("big-%02d", i), 100));
    }
    Workload w = Workload.of(fleet);

    // The churn factor is 1 and the scale keeps the total, so the ratio of a new machine's churn
    // to a small machine's tells which machine was drawn.
    Workload half = WorkloadGrowth.grow(w, 1.5, 1);
    Workload twice = WorkloadGrowth.grow(w, 2, 1);

    java.util.Map<String, Double> inHalf = ratios(half);
    java.util.Map<String, Double> inTwice = ratios(twice);
    assertThat(inHalf).hasSize(50);
    assertThat(inTwice).hasSize(100);
    assertThat(inHalf.values()).allSatisfy(r -> assertThat(r).isIn(1.0, 100.0));
    // Drawn, not averaged: both kinds occur, about one big machine in ten.
    assertThat(inTwice.values()).contains(1.0, 100.0);
    assertThat(inTwice.values().stream().filter(r -> r == 100.0).count()).isBetween(3L, 25L);
    inHalf.forEach((name, r) -> assertThat(inTwice.get(name)).as(name).isEqualTo(r));
    assertThat(ratios(WorkloadGrowth.grow(w, 2, 1))).isEqualTo(inTwice);
  }

  /** Each new machine's churn over a small machine's, rounded. */
  private static java.util.Map<String, Double> ratios(Workload w) {
    double unit =
        w.machines().stream()
            .filter(m -> m.name().equals("small-00"))
            .findFirst()
            .orElseThrow()
            .churnGiBPerDay();
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    w.machines().stream()
        .filter(m -> m.name().startsWith("growth-"))
        .forEach(m -> out.put(m.name(), (double) Math.round(m.churnGiBPerDay() / unit)));
    return out;
  }
}
