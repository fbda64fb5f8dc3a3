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

/**
 * Two sites alike in size whose largest item is a group of the same name: each site's packing is
 * its own (packings were once shared by group name, machine count and tier mix alone).
 */
class SitesSharingGroupNamesTest {

  private static List<Machine> site(String site, String groupPrefix) {
    List<Machine> machines = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      machines.add(new Machine(groupPrefix + i, 500, null, site, "web", null));
    }
    for (int i = 0; i < 250; i++) {
      machines.add(
          new Machine(site + "-" + String.format("%03d", i), 1 + i % 3, null, site, null, null));
    }
    return machines;
  }

  @Test
  void aGroupStaysTogetherOnEverySite() {
    List<Machine> all = new ArrayList<>(site("east", "a-web"));
    // West's group sorts last by name, east's first.
    all.addAll(site("west", "z-web"));
    Workload w = Workload.of(all);
    for (PlanOptions o : List.of(PlanOptions.defaults(), PlanOptions.defaults().withHub("east"))) {
      Plan p = Planner.plan(w, CLASSIC, o);
      assertThatPlan(p).satisfiesThePlannerContract(w, CLASSIC);
      for (String prefix : List.of("a-web", "z-web")) {
        assertThat(p.processServers())
            .as("the server of group %s, hub %s", prefix, o.hub())
            .filteredOn(ps -> ps.assignedMachines().stream().anyMatch(m -> m.startsWith(prefix)))
            .singleElement()
            .satisfies(
                ps -> assertThat(ps.assignedMachines()).contains(prefix + "0", prefix + "1"));
      }
      for (PlannedServer ps : p.processServers()) {
        String site = ps.site();
        assertThat(ps.assignedMachines())
            .allSatisfy(
                m ->
                    assertThat(m.startsWith(site) || m.startsWith(site.equals("east") ? "a" : "z"))
                        .isTrue());
      }
    }
  }
}
