package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.SavedDeployment;
import org.asrsizing.plan.PlanOptions;

/** The purchase path's contract on random fleets growing at random rates. */
class GrowthPathProperties {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  record Case(
      List<Machine> fleet,
      double machineGrowth,
      double churnGrowth,
      int horizon,
      PathChange change,
      boolean allowRetire) {

    Timeline timeline(List<Machine> machines) {
      return Timeline.compute(
          Workload.of(machines),
          CLASSIC,
          PlanOptions.defaults(),
          new Timeline.Growth(machineGrowth, churnGrowth, horizon, null),
          change,
          allowRetire);
    }
  }

  @Property(tries = 40)
  void nothingBoughtIsRemovedOrMadeSmaller(@ForAll("cases") Case c) {
    net.jqwik.api.Assume.that(!c.allowRetire());
    Timeline t = c.timeline(c.fleet());

    for (int m = 1; m < t.months().size(); m++) {
      GrowthPathTest.assertKeepsEveryServer(t.months().get(m - 1), t.months().get(m));
    }
  }

  @Property(tries = 40)
  void everyMachineIsPlacedOnceOrListedUnplacedAndNoServerIsOverItsLimits(@ForAll("cases") Case c) {
    Timeline t = c.timeline(c.fleet());

    for (TimelineMonth m : t.months()) {
      Workload grown =
          WorkloadGrowth.grow(Workload.of(c.fleet()), m.machineFactor(), m.churnFactor());
      SavedDeployment d = m.deploymentFile();
      Set<String> seen = new HashSet<>();
      for (SavedDeployment.Server s : servers(d)) {
        for (String name : s.assignedMachines()) {
          assertThat(seen.add(name)).as("%s placed twice in month %d", name, m.month()).isTrue();
        }
      }
      d.unplaced().forEach(u -> assertThat(seen.add(u.machine())).isTrue());
      assertThat(seen).hasSize(grown.machineCount());
      assertThat(d.unplaced()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
      // A machine beyond every tier that was replicating stays on its server, over its limits.
      if (m.deployment().unplacedMachines() == 0) {
        GrowthPathTest.assertWithinLimits(d, grown);
      }
      assertThat(m.deployment().vcpus()).isGreaterThanOrEqualTo(m.lowerBoundVcpus());
    }
  }

  @Property(tries = 25)
  void theTimelineDoesNotDependOnTheInventorysOrder(@ForAll("cases") Case c, @ForAll long seed) {
    List<Machine> shuffled = new ArrayList<>(c.fleet());
    Collections.shuffle(shuffled, new Random(seed));

    Timeline a = c.timeline(c.fleet());
    Timeline b = c.timeline(shuffled);

    assertThat(b.events()).isEqualTo(a.events());
    for (int m = 0; m < a.months().size(); m++) {
      assertThat(b.months().get(m).deployment()).isEqualTo(a.months().get(m).deployment());
      assertThat(b.months().get(m).machinesMoved()).isEqualTo(a.months().get(m).machinesMoved());
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Machine>> fleets =
        Combinators.combine(
                Arbitraries.integers().between(1, 3),
                Arbitraries.doubles().between(0, 120).list().ofMinSize(5).ofMaxSize(260),
                Arbitraries.of(false, false, true))
            .as(
                (sites, churns, giant) -> {
                  List<Machine> out = new ArrayList<>();
                  for (int i = 0; i < churns.size(); i++) {
                    String site = "site-" + (i % sites);
                    out.add(new Machine("vm-" + i, churns.get(i), null, site, null, null));
                  }
                  if (giant) {
                    // Above the 2 TiB/day of the largest tier: no server can carry it.
                    out.add(new Machine("vm-giant", 2100, null, "site-0", null, null));
                  }
                  return out;
                });
    return Combinators.combine(
            fleets,
            Arbitraries.of(0.0, 10.0, 30.0, 80.0),
            Arbitraries.of(0.0, 20.0, 60.0),
            Arbitraries.integers().between(0, 12),
            Arbitraries.of(PathChange.class),
            Arbitraries.of(false, false, true))
        .as(Case::new);
  }

  private static List<SavedDeployment.Server> servers(SavedDeployment d) {
    List<SavedDeployment.Server> all = new ArrayList<>(d.configurationServers());
    all.addAll(d.processServers());
    return all;
  }
}
