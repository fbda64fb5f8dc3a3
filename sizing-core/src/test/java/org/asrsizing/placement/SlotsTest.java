package org.asrsizing.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsTest {

  private record Machine(int count, double churnGiBPerDay) implements Load {}

  private static Machine machine(double churn) {
    return new Machine(1, churn);
  }

  @Test
  void aSlotFitsUpToItsMachineAndChurnLimitsButNotBeyond() {
    TestHost<Machine> s = TestHost.of("s", 2, 100, machine(60));
    assertThat(s.fits(machine(40))).isTrue();
    assertThat(s.fits(machine(40.01))).isFalse();
    assertThat(s.fits(new Machine(2, 0))).isFalse();
    assertThat(s.machineRoom()).isEqualTo(1);
    assertThat(s.churnRoom()).isEqualTo(40);
    assertThat(s.overloaded()).isFalse();
    assertThat(TestHost.of("o", 1, 100, machine(1), machine(1)).overloaded()).isTrue();
  }

  @Test
  void churnEqualToTheLimitUpToRoundingFits() {
    TestHost<Machine> s = TestHost.of("s", 20, 251);
    for (int i = 0; i < 9; i++) {
      s.add(machine(25.1));
    }
    assertThat(s.fits(machine(25.1))).isTrue();
  }

  @Test
  void utilisationIsTheHigherOfMachinesAndChurnAndInfiniteOverAZeroLimit() {
    TestHost<Machine> s = TestHost.of("s", 10, 100, machine(50));
    assertThat(s.utilisation()).isEqualTo(0.5);
    assertThat(s.utilisationWith(new Machine(4, 0))).isEqualTo(0.5);
    assertThat(s.utilisationWith(new Machine(8, 0))).isEqualTo(0.9);
    assertThat(TestHost.of("z", 0, 0, machine(1)).utilisation()).isInfinite();
  }

  @Test
  void swappingTakesTheLeavingLoadOffFirst() {
    TestHost<Machine> s = TestHost.of("s", 2, 100, machine(70), machine(20));
    assertThat(s.fitsSwapping(machine(20), machine(30))).isTrue();
    assertThat(s.fitsSwapping(machine(20), machine(30.01))).isFalse();
    assertThat(s.fitsSwapping(machine(20), new Machine(2, 0))).isFalse();
  }

  @Test
  void theLeastLoadedFitIsTheLowestUtilisationAfterTheMoveAndTheEarliestOnTies() {
    TestHost<Machine> a = TestHost.of("a", 10, 100, machine(50));
    TestHost<Machine> b = TestHost.of("b", 10, 100, machine(30));
    TestHost<Machine> twin = TestHost.of("twin", 10, 100, machine(30));
    TestHost<Machine> full = TestHost.of("full", 1, 100, machine(1));
    List<TestHost<Machine>> slots = List.of(full, a, b, twin);
    assertThat(Slots.leastLoadedFit(slots, machine(10))).isSameAs(b);
    assertThat(Slots.leastLoadedFit(slots, machine(10), s -> s != b)).isSameAs(twin);
    assertThat(Slots.leastLoadedFit(slots, machine(71))).isNull();
  }

  @Test
  void theTightestFitIsTheHighestUtilisationAfterTheMoveAndTheEarliestOnTies() {
    TestHost<Machine> a = TestHost.of("a", 10, 100, machine(50));
    TestHost<Machine> twin = TestHost.of("twin", 10, 100, machine(50));
    TestHost<Machine> b = TestHost.of("b", 10, 100, machine(30));
    TestHost<Machine> tooFull = TestHost.of("tooFull", 10, 100, machine(95));
    List<TestHost<Machine>> slots = List.of(b, tooFull, a, twin);
    assertThat(Slots.tightestFit(slots, machine(10), s -> true)).isSameAs(a);
    assertThat(Slots.tightestFit(slots, machine(10), s -> s != a)).isSameAs(twin);
    assertThat(Slots.tightestFit(slots, machine(80), s -> true)).isNull();
  }

  @Test
  void theLowestScoringFitAsksOnlyFittingEligibleSlotsAndTakesTheEarliestOnTies() {
    TestHost<Machine> tooFull = TestHost.of("tooFull", 10, 100, machine(95));
    TestHost<Machine> left = TestHost.of("left", 10, 100);
    TestHost<Machine> a = TestHost.of("a", 10, 100, machine(20));
    TestHost<Machine> twin = TestHost.of("twin", 10, 100, machine(20));
    List<TestHost<Machine>> slots = List.of(tooFull, left, a, twin);
    List<String> asked = new ArrayList<>();
    TestHost<Machine> best =
        Slots.lowestScoringFit(
            slots,
            machine(10),
            s -> s != left,
            s -> {
              asked.add(s.name);
              return -s.churnGiBPerDay();
            });
    assertThat(best).isSameAs(a);
    assertThat(asked).containsExactly("a", "twin");
    assertThat(Slots.lowestScoringFit(slots, machine(90), s -> s != left, s -> 0)).isNull();
  }

  @Test
  void leastLoadedTakesTheEarliestOnTiesAndMostLoadedTheLatest() {
    TestHost<Machine> low = TestHost.of("low", 10, 100, machine(10));
    TestHost<Machine> lowTwin = TestHost.of("lowTwin", 10, 100, machine(10));
    TestHost<Machine> high = TestHost.of("high", 10, 100, machine(90));
    TestHost<Machine> highTwin = TestHost.of("highTwin", 10, 100, machine(90));
    List<TestHost<Machine>> slots = List.of(high, low, highTwin, lowTwin);
    assertThat(Slots.leastLoaded(slots)).isSameAs(low);
    assertThat(Slots.mostLoaded(slots)).isSameAs(highTwin);
    assertThat(Slots.leastLoaded(List.<TestHost<Machine>>of())).isNull();
  }

  @Test
  void aLoadThatFitsSomewhereGoesToTheFirstHostThatFitsIt() {
    TestHost<Machine> full = TestHost.of("full", 1, 100, machine(1));
    TestHost<Machine> open = TestHost.of("open", 5, 100);
    Machine m = machine(5);
    assertThat(Slots.placeByMovingOne(m, List.of(full, open))).isTrue();
    assertThat(open.loads()).containsExactly(m);
  }

  @Test
  void roomIsMadeByMovingOneLoadOfAFullHostToAnother() {
    Machine light = machine(5);
    Machine heavy = machine(40);
    TestHost<Machine> full = TestHost.of("full", 2, 100, heavy, light);
    TestHost<Machine> other = TestHost.of("other", 5, 10);
    Machine incoming = machine(50);
    assertThat(Slots.placeByMovingOne(incoming, List.of(full, other))).isTrue();
    assertThat(full.loads()).containsExactly(heavy, incoming);
    assertThat(other.loads()).containsExactly(light);
  }

  @Test
  void nothingMovesWhenNoSingleMoveMakesRoom() {
    TestHost<Machine> full = TestHost.of("full", 2, 100, machine(40), machine(40));
    TestHost<Machine> other = TestHost.of("other", 5, 10);
    assertThat(Slots.placeByMovingOne(machine(50), List.of(full, other))).isFalse();
    assertThat(full.loads()).hasSize(2);
    assertThat(other.loads()).isEmpty();
  }
}
