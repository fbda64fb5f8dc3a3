package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;

/**
 * N+K plans on small fleets that need scale-out, checked by a brute-force search written here and
 * sharing nothing with the planner's check.
 */
class SurvivablePlansProperties {

  /** 4 to 14 machines of 100 to 900 GiB/day: often above the scale-out threshold. */
  @Provide
  Arbitrary<Workload> smallFleets() {
    return Arbitraries.doubles()
        .between(100, 900)
        .ofScale(1)
        .list()
        .ofMinSize(4)
        .ofMaxSize(14)
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
    return Arbitraries.of(Fixtures.CLASSIC, Fixtures.MODERNIZED);
  }

  @Property(tries = 60)
  void removingAnyKServersOfADomainLeavesAFeasiblePlacement(
      @ForAll("smallFleets") Workload fleet,
      @ForAll("catalogs") Catalog catalog,
      @ForAll @IntRange(min = 1, max = 3) int k) {
    Plan p = Planner.plan(fleet, catalog, PlanOptions.defaults().withSpares(k, 0));

    assertThat(p.findings())
        .noneMatch(f -> f.rule().equals("failure-tolerance") && f.severity() != Severity.INFO);
    for (List<PlannedServer> domain : domains(p).values()) {
      assertThat(survivesEveryFailure(domain, catalog, k))
          .as("every failure of %d servers of %s", k, ids(domain))
          .isTrue();
    }
    assertThat(p.summary().vcpus()).isGreaterThanOrEqualTo(p.summary().lowerBoundVcpus());
  }

  @Property(tries = 60)
  void theSurvivablePlanIsNeverDearerThanNPlusKCopiesOfItsLargestServer(
      @ForAll("smallFleets") Workload fleet,
      @ForAll("catalogs") Catalog catalog,
      @ForAll @IntRange(min = 1, max = 3) int k) {
    Plan n = Planner.plan(fleet, catalog, PlanOptions.defaults());
    Plan p = Planner.plan(fleet, catalog, PlanOptions.defaults().withSpares(k, 0));

    int extra = 0;
    for (List<PlannedServer> domain : domains(n).values()) {
      extra += k * domain.stream().mapToInt(PlannedServer::vcpus).max().orElse(0);
    }
    assertThat(p.summary().vcpus()).isLessThanOrEqualTo(n.summary().vcpus() + extra);
    assertThat(p.summary().lowerBoundVcpus()).isGreaterThanOrEqualTo(n.summary().lowerBoundVcpus());
  }

  @Property(tries = 30)
  void noSparesIsThePlanOfN(@ForAll("smallFleets") Workload fleet) {
    assertThat(Planner.plan(fleet, Fixtures.CLASSIC, PlanOptions.defaults().withSpares(0, 0)))
        .isEqualTo(Planner.plan(fleet, Fixtures.CLASSIC, PlanOptions.defaults()));
  }

  /** Servers whose failure is covered, by site and configuration server. */
  static Map<String, List<PlannedServer>> domains(Plan p) {
    Map<String, List<PlannedServer>> out = new LinkedHashMap<>();
    List<PlannedServer> all = new ArrayList<>(p.configurationServers());
    all.addAll(p.processServers());
    for (PlannedServer s : all) {
      if (s.role() != ServerRole.CONFIGURATION_SERVER) {
        out.computeIfAbsent(s.site() + "/" + s.configurationServer(), x -> new ArrayList<>())
            .add(s);
      }
    }
    return out;
  }

  private static List<String> ids(List<PlannedServer> domain) {
    return domain.stream().map(PlannedServer::id).toList();
  }

  /** Every set of min(k, size) servers fails; a search over every assignment places the rest. */
  static boolean survivesEveryFailure(List<PlannedServer> domain, Catalog catalog, int k) {
    int size = Math.min(k, domain.size());
    return everySubset(domain.size(), size, 0, new ArrayList<>(), domain, catalog);
  }

  private static boolean everySubset(
      int n, int size, int from, List<Integer> chosen, List<PlannedServer> d, Catalog c) {
    if (chosen.size() == size) {
      return placeable(d, chosen, c);
    }
    for (int i = from; i < n; i++) {
      chosen.add(i);
      boolean ok = everySubset(n, size, i + 1, chosen, d, c);
      chosen.remove(chosen.size() - 1);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean placeable(List<PlannedServer> d, List<Integer> failed, Catalog c) {
    List<Double> moving = new ArrayList<>();
    List<int[]> machineRoom = new ArrayList<>();
    List<double[]> churnRoom = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      PlannedServer s = d.get(i);
      if (failed.contains(i)) {
        moving.addAll(s.assignedChurnGiBPerDay());
      } else {
        Tier t = tier(c, s.tier());
        machineRoom.add(new int[] {t.maxMachines() - s.machines()});
        churnRoom.add(new double[] {t.maxChurnGiBPerDay() - s.churnGiBPerDay()});
      }
    }
    moving.sort((a, b) -> Double.compare(b, a));
    return assign(moving, 0, machineRoom, churnRoom);
  }

  private static boolean assign(
      List<Double> moving, int next, List<int[]> machines, List<double[]> churn) {
    if (next == moving.size()) {
      return true;
    }
    double m = moving.get(next);
    for (int s = 0; s < machines.size(); s++) {
      if (machines.get(s)[0] >= 1 && churn.get(s)[0] + 1e-6 >= m) {
        machines.get(s)[0]--;
        churn.get(s)[0] -= m;
        boolean ok = assign(moving, next + 1, machines, churn);
        machines.get(s)[0]++;
        churn.get(s)[0] += m;
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  private static Tier tier(Catalog c, String name) {
    List<Tier> all = new ArrayList<>(c.scaleOutTiers());
    all.addAll(c.configurationServerTiers());
    return all.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
