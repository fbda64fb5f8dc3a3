package org.asrsizing.plan;

import static org.asrsizing.plan.PlanAssert.assertThatPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;

/** The planner's contract on random fleets. */
class PlannerProperties {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<Workload> fleets() {
    return Fleets.fleets();
  }

  @Provide
  Arbitrary<Catalog> catalogs() {
    return Arbitraries.of(Fixtures.CLASSIC, Fixtures.MODERNIZED);
  }

  @Provide
  Arbitrary<Preference> preferences() {
    return Arbitraries.of(Preference.values());
  }

  @Provide
  Arbitrary<Double> headrooms() {
    return Arbitraries.of(0.0, 0.0, 10.0, 25.0);
  }

  @Property(tries = 150)
  void everyMachineIsPlacedOnceNoServerIsOverALimitAndTheCostIsAtLeastTheBound(
      @ForAll("fleets") Workload fleet,
      @ForAll("catalogs") Catalog catalog,
      @ForAll("preferences") Preference preference,
      @ForAll("headrooms") double headroom) {
    Plan p = Planner.plan(fleet, catalog, new PlanOptions(0, headroom, preference, null));
    assertThatPlan(p).satisfiesThePlannerContract(fleet, catalog);
  }

  @Property(tries = 60)
  void theSamePlanComesOutForAnyOrderOfTheInput(@ForAll("fleets") Workload fleet, @ForAll long seed)
      throws Exception {
    List<Machine> shuffled = new ArrayList<>(fleet.machines());
    java.util.Collections.shuffle(shuffled, new Random(seed));
    Plan a = Fixtures.plan(fleet);
    Plan b = Fixtures.plan(Workload.of(shuffled));
    assertThat(JSON.writeValueAsString(b)).isEqualTo(JSON.writeValueAsString(a));
  }

  @Property(tries = 40)
  void identicalInputGivesIdenticalOutput(@ForAll("fleets") Workload fleet) throws Exception {
    assertThat(JSON.writeValueAsString(Fixtures.plan(fleet)))
        .isEqualTo(JSON.writeValueAsString(Fixtures.plan(fleet)));
  }

  @Property(tries = 200)
  void anAggregateGivesTheSamePlanAsTheInventoryOfIdenticalMachines(
      @ForAll @IntRange(min = 1, max = 1500) int machines,
      @ForAll @DoubleRange(min = 0, max = 60000) double churn,
      @ForAll("catalogs") Catalog catalog,
      @ForAll("preferences") Preference preference,
      @ForAll("growths") double growth)
      throws Exception {
    Workload aggregate = Workload.aggregate(machines, churn);
    List<Machine> explicit = new ArrayList<>();
    for (Machine m : aggregate.machines()) {
      explicit.add(Machine.of(m.name(), churn / machines));
    }
    PlanOptions options = new PlanOptions(growth, 0, preference, null);
    Plan a = Planner.plan(aggregate, catalog, options);
    Plan b = Planner.plan(Workload.of(explicit), catalog, options);
    assertThat(JSON.writeValueAsString(b.summary()))
        .isEqualTo(JSON.writeValueAsString(a.summary()));
    assertThat(JSON.writeValueAsString(b.processServers()))
        .isEqualTo(JSON.writeValueAsString(a.processServers()));
    assertThat(JSON.writeValueAsString(b.configurationServers()))
        .isEqualTo(JSON.writeValueAsString(a.configurationServers()));
  }

  @Provide
  Arbitrary<Double> growths() {
    return Arbitraries.of(0.0, 0.0, 10.0, 30.0, 12.5);
  }

  /**
   * Adding machines like the ones there are, or giving every machine more churn, never lowers the
   * cost. (Spreading the same total churn over more machines can: 2 machines at 1024.005 GiB/day
   * each need two large process servers, 3 machines at 682.67 fit on a large and a medium.)
   */
  @Property(tries = 300)
  void moreMachinesOrMoreChurnNeverNeedFewerVcpus(
      @ForAll @IntRange(min = 1, max = 3000) int machines,
      @ForAll @DoubleRange(min = 0, max = 2100) double churnEach,
      @ForAll @IntRange(min = 0, max = 60) int moreMachines,
      @ForAll @DoubleRange(min = 0, max = 50) double moreChurnEach,
      @ForAll("catalogs") Catalog catalog) {
    PlanOptions o = PlanOptions.defaults();
    Plan base = Planner.plan(Workload.aggregate(machines, churnEach * machines), catalog, o);
    Plan more =
        Planner.plan(
            Workload.aggregate(machines + moreMachines, churnEach * (machines + moreMachines)),
            catalog,
            o);
    Plan hotter =
        Planner.plan(
            Workload.aggregate(machines, (churnEach + moreChurnEach) * machines), catalog, o);
    if (more.feasible()) {
      assertThat(more.summary().vcpus()).isGreaterThanOrEqualTo(base.summary().vcpus());
    }
    if (hotter.feasible()) {
      assertThat(hotter.summary().vcpus()).isGreaterThanOrEqualTo(base.summary().vcpus());
    }
  }
}
