package org.asrsizing.plan;

import static org.asrsizing.plan.PlanAssert.assertThatPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Workload;

/** The hub topology's contract on random fleets of several sites. */
class HubTopologyProperties {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<Workload> offices() {
    return Fleets.fleets()
        .flatMap(
            fleet ->
                Arbitraries.integers()
                    .between(0, 6)
                    .list()
                    .ofSize(fleet.machines().size())
                    .map(
                        branch -> {
                          List<Machine> out = new ArrayList<>();
                          for (int i = 0; i < fleet.machines().size(); i++) {
                            Machine m = fleet.machines().get(i);
                            // About half at the hub, the rest over up to four branches.
                            String site = branch.get(i) < 3 ? "hq" : "branch" + branch.get(i);
                            out.add(
                                new Machine(
                                    m.name(), m.churnGiBPerDay(), null, site, m.group(), null));
                          }
                          out.add(new Machine("hq-anchor", 1, null, "hq", null, null));
                          return Workload.of(out);
                        }));
  }

  @Provide
  Arbitrary<Double> headrooms() {
    return Arbitraries.of(0.0, 0.0, 20.0);
  }

  @Property(tries = 120)
  void machinesStayOnTheirSiteBranchesHaveNoConfigurationServerAndThePlanHoldsItsContract(
      @ForAll("offices") Workload w, @ForAll("headrooms") double headroom) {
    Plan p =
        Planner.plan(
            w,
            Fixtures.CLASSIC,
            PlanOptions.defaults().withHeadroomPercent(headroom).withHub("hq"));
    assertThatPlan(p).satisfiesThePlannerContract(w, Fixtures.CLASSIC);
    Map<String, String> siteOf = new HashMap<>();
    w.machines().forEach(m -> siteOf.put(m.name(), m.site()));
    assertThat(p.configurationServers()).allSatisfy(cs -> assertThat(cs.site()).isEqualTo("hq"));
    List<PlannedServer> all = new ArrayList<>(p.configurationServers());
    all.addAll(p.processServers());
    for (PlannedServer s : all) {
      for (String name : s.assignedMachines()) {
        assertThat(siteOf.get(name)).as("site of %s on %s", name, s.id()).isEqualTo(s.site());
      }
    }
    // Every configuration server manages at most its limit, its own machines included.
    for (PlannedServer cs : p.configurationServers()) {
      int managed =
          (cs.replicates() ? cs.machines() : 0)
              + p.processServers().stream()
                  .filter(ps -> cs.id().equals(ps.configurationServer()))
                  .mapToInt(PlannedServer::machines)
                  .sum();
      assertThat(managed).isLessThanOrEqualTo(Fixtures.CLASSIC.managementServer().maxMachines());
    }
  }

  @Property(tries = 40)
  void theSamePlanComesOutForAnyOrderOfTheInput(@ForAll("offices") Workload w, @ForAll long seed)
      throws Exception {
    List<Machine> shuffled = new ArrayList<>(w.machines());
    Collections.shuffle(shuffled, new Random(seed));
    PlanOptions o = PlanOptions.defaults().withHub("hq");
    assertThat(JSON.writeValueAsString(Planner.plan(Workload.of(shuffled), Fixtures.CLASSIC, o)))
        .isEqualTo(JSON.writeValueAsString(Planner.plan(w, Fixtures.CLASSIC, o)));
  }
}
