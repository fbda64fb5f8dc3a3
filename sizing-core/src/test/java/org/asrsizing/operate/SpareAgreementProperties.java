package org.asrsizing.operate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/** {@code health --spare K} agrees with {@code plan --spare K} on every plan the planner makes. */
class SpareAgreementProperties {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  private static final Catalog MODERNIZED = CatalogLoader.builtIn("asr-modernized");

  @Provide
  Arbitrary<Workload> fleets() {
    return Arbitraries.doubles()
        .between(0, 900)
        .ofScale(1)
        .list()
        .ofMinSize(1)
        .ofMaxSize(400)
        .map(
            list -> {
              List<Machine> machines = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                machines.add(Machine.of("vm" + i, list.get(i)));
              }
              return Workload.of(machines);
            });
  }

  @Provide
  Arbitrary<Catalog> catalogs() {
    return Arbitraries.of(CLASSIC, MODERNIZED);
  }

  @Property(tries = 40)
  void theHealthCheckFindsNoFailureThePlanDoesNotSurvive(
      @ForAll("fleets") Workload fleet,
      @ForAll("catalogs") Catalog catalog,
      @ForAll @IntRange(min = 1, max = 3) int k,
      @ForAll @IntRange(min = 0, max = 1) int failoverHeadroomTenths) {
    double failover = 10.0 * failoverHeadroomTenths;
    Plan plan =
        Planner.plan(
            fleet, catalog, PlanOptions.defaults().withHeadroomPercent(10).withSpares(k, failover));

    Rebalance health =
        Rebalancer.run(
            CurrentDeployment.of(plan),
            catalog,
            new OperateOptions(
                plan.assumptions().headroomPercent(),
                plan.assumptions().configurationServerMachineLimit(),
                Set.of(),
                k,
                OperateMode.HEALTH,
                failover));

    FailureTolerance t = health.failureTolerance();
    assertThat(t.toleratedBefore()).as("%s", t.checks()).isTrue();
    assertThat(t.spares()).isEmpty();
    assertThat(t.checks()).allMatch(FailureCheck::tolerated);
  }
}
