package org.asrsizing.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsTest {

  private record Machine(int count, double churnGiBPerDay) implements Load {}

  /** A server for the tests: limits and the machines on it. */
  private static final class Server implements Host<Machine> {
    final String name;
    final int machineLimit;
    final double churnLimit;
    final List<Machine> loads = new ArrayList<>();

    Server(String name, int machineLimit, double churnLimit, Machine... loads) {
      this.name = name;
      this.machineLimit = machineLimit;
      this.churnLimit = churnLimit;
      this.loads.addAll(List.of(loads));
    }

    @Override
    public int machineLimit() {
      return machineLimit;
    }

    @Override
    public double churnLimitGiBPerDay() {
      return churnLimit;
    }

    @Override
    public int machines() {
      return loads.stream().mapToInt(Machine::count).sum();
    }

    @Override
    public double churnGiBPerDay() {
      return loads.stream().mapToDouble(Machine::churnGiBPerDay).sum();
    }

    @Override
    public List<Machine> loads() {
      return loads;
    }

    @Override
    public void add(Machine load) {
      loads.add(load);
    }

    @Override
    public Machine take(int index) {
      return loads.remove(index);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Machine machine(double churn) {
    return new Machine(1, churn);
  }

  @Test
  void aSlotFitsUpToItsMachineAndChurnLimitsButNotBeyond() {
    Server s = new Server("s", 2, 100, machine(60));
    assertThat(s.fits(machine(40))).isTrue();
    assertThat(s.fits(machine(40.01))).isFalse();
    assertThat(s.fits(new Machine(2, 0))).isFalse();
    assertThat(s.machineRoom()).isEqualTo(1);
    assertThat(s.churnRoom()).isEqualTo(40);
    assertThat(s.overloaded()).isFalse();
    assertThat(new Server("o", 1, 100, machine(1), machine(1)).overloaded()).isTrue();
  }

  @Test
  void churnEqualToTheLimitUpToRoundingFits() {
    Server s = new Server("s", 20, 251);
    for (int i = 0; i < 9; i++) {
      s.add(machine(25.1));
    }
    assertThat(s.fits(machine(25.1))).isTrue();
  }

  @Test
  void utilisationIsTheHigherOfMachinesAndChurnAndInfiniteOverAZeroLimit() {
    Server s = new Server("s", 10, 100, machine(50));
    assertThat(s.utilisation()).isEqualTo(0.5);
    assertThat(s.utilisationWith(new Machine(4, 0))).isEqualTo(0.5);
    assertThat(s.utilisationWith(new Machine(8, 0))).isEqualTo(0.9);
    assertThat(new Server("z", 0, 0, machine(1)).utilisation()).isInfinite();
  }

  @Test
  void swappingTakesTheLeavingLoadOffFirst() {
    Server s = new Server("s", 2, 100, machine(70), machine(20));
    assertThat(s.fitsSwapping(machine(20), machine(30))).isTrue();
    assertThat(s.fitsSwapping(machine(20), machine(30.01))).isFalse();
    assertThat(s.fitsSwapping(machine(20), new Machine(2, 0))).isFalse();
  }

  @Test
  void theLeastLoadedFitIsTheLowestUtilisationAfterTheMoveAndTheEarliestOnTies() {
    Server a = new Server("a", 10, 100, machine(50));
    Server b = new Server("b", 10, 100, machine(30));
    Server twin = new Server("twin", 10, 100, machine(30));
    Server full = new Server("full", 1, 100, machine(1));
    List<Server> slots = List.of(full, a, b, twin);
    assertThat(Slots.leastLoadedFit(slots, machine(10))).isSameAs(b);
    assertThat(Slots.leastLoadedFit(slots, machine(10), s -> s != b)).isSameAs(twin);
    assertThat(Slots.leastLoadedFit(slots, machine(71))).isNull();
  }

  @Test
  void theTightestFitIsTheHighestUtilisationAfterTheMoveAndTheEarliestOnTies() {
    Server a = new Server("a", 10, 100, machine(50));
    Server twin = new Server("twin", 10, 100, machine(50));
    Server b = new Server("b", 10, 100, machine(30));
    Server tooFull = new Server("tooFull", 10, 100, machine(95));
    List<Server> slots = List.of(b, tooFull, a, twin);
    assertThat(Slots.tightestFit(slots, machine(10), s -> true)).isSameAs(a);
    assertThat(Slots.tightestFit(slots, machine(10), s -> s != a)).isSameAs(twin);
    assertThat(Slots.tightestFit(slots, machine(80), s -> true)).isNull();
  }

  @Test
  void theLowestScoringFitAsksOnlyFittingEligibleSlotsAndTakesTheEarliestOnTies() {
    Server tooFull = new Server("tooFull", 10, 100, machine(95));
    Server left = new Server("left", 10, 100);
    Server a = new Server("a", 10, 100, machine(20));
    Server twin = new Server("twin", 10, 100, machine(20));
    List<Server> slots = List.of(tooFull, left, a, twin);
    List<String> asked = new ArrayList<>();
    Server best =
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
    Server low = new Server("low", 10, 100, machine(10));
    Server lowTwin = new Server("lowTwin", 10, 100, machine(10));
    Server high = new Server("high", 10, 100, machine(90));
    Server highTwin = new Server("highTwin", 10, 100, machine(90));
    List<Server> slots = List.of(high, low, highTwin, lowTwin);
    assertThat(Slots.leastLoaded(slots)).isSameAs(low);
    assertThat(Slots.mostLoaded(slots)).isSameAs(highTwin);
    assertThat(Slots.leastLoaded(List.<Server>of())).isNull();
  }

  @Test
  void aLoadThatFitsSomewhereGoesToTheFirstHostThatFitsIt() {
    Server full = new Server("full", 1, 100, machine(1));
    Server open = new Server("open", 5, 100);
    Machine m = machine(5);
    assertThat(Slots.placeByMovingOne(m, List.of(full, open))).isTrue();
    assertThat(open.loads()).containsExactly(m);
  }

  @Test
  void roomIsMadeByMovingOneLoadOfAFullHostToAnother() {
    Machine light = machine(5);
    Machine heavy = machine(40);
    Server full = new Server("full", 2, 100, heavy, light);
    Server other = new Server("other", 5, 10);
    Machine incoming = machine(50);
    assertThat(Slots.placeByMovingOne(incoming, List.of(full, other))).isTrue();
    assertThat(full.loads()).containsExactly(heavy, incoming);
    assertThat(other.loads()).containsExactly(light);
  }

  @Test
  void nothingMovesWhenNoSingleMoveMakesRoom() {
    Server full = new Server("full", 2, 100, machine(40), machine(40));
    Server other = new Server("other", 5, 10);
    assertThat(Slots.placeByMovingOne(machine(50), List.of(full, other))).isFalse();
    assertThat(full.loads()).hasSize(2);
    assertThat(other.loads()).isEmpty();
  }
}
