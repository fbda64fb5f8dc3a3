package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;

/** The one generator domain the planner properties share: random fleets of source machines. */
final class Fleets {

  private Fleets() {}

  /** Churn of one machine: mostly small, some large, now and then at or above the ceiling. */
  static Arbitrary<Double> churn() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(60, Arbitraries.doubles().between(0, 40).ofScale(2)),
        net.jqwik.api.Tuple.of(25, Arbitraries.doubles().between(40, 400).ofScale(2)),
        net.jqwik.api.Tuple.of(10, Arbitraries.doubles().between(400, 2048).ofScale(2)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(2048.0, 1024.0, 250.0, 125.01, 512.01)),
        net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(2048.01, 3000).ofScale(2)));
  }

  /** Fleets of 1 to 700 machines, unique names, some in groups, on one or two sites. */
  static Arbitrary<Workload> fleets() {
    Arbitrary<Integer> size =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 60)),
            net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(150, 260)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(400, 700)));
    return size.flatMap(n -> machinesOf(n).map(Workload::of));
  }

  /** Fleets on one site without groups. */
  static Arbitrary<Workload> plainFleets() {
    return Arbitraries.integers()
        .between(1, 700)
        .flatMap(
            n ->
                churn()
                    .list()
                    .ofSize(n)
                    .map(
                        list -> {
                          List<Machine> machines = new ArrayList<>();
                          for (int i = 0; i < list.size(); i++) {
                            machines.add(Machine.of("vm" + i, list.get(i)));
                          }
                          return Workload.of(machines);
                        }));
  }

  private static Arbitrary<List<Machine>> machinesOf(int n) {
    Arbitrary<Machine> machine =
        Combinators.combine(
                churn(),
                Arbitraries.of("east", "east", "east", "west"),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(9, Arbitraries.just((String) null)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of("sql", "sap", "web"))))
            .as((c, site, group) -> new Machine("x", c, null, site, group, null));
    return machine
        .list()
        .ofSize(n)
        .map(
            list -> {
              List<Machine> named = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                named.add(list.get(i).withName("vm" + i));
              }
              return named;
            });
  }
}
