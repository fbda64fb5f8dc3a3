package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Machine;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.OperateMode;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalancer;
import org.asrsizing.operate.SavedDeployment;
import org.asrsizing.operate.ServerReport;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

/**
 * With {@code --allow-retire} a month may drain and retire a server it bought. Two small process
 * servers full by churn (10 machines of 25 GiB/day each, 250 GiB/day) and one more machine:
 * resizing ps-1 to medium (+4 vCPU, 1 TiB/day) costs as much as adding a small one but less memory,
 * and then ps-2's machines fit on ps-1, so retiring ps-2 saves its 4 vCPU.
 */
class RetirementTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  private static final OperateOptions REBALANCE =
      new OperateOptions(0, null, Set.of(), 0, OperateMode.REBALANCE);

  private static Machine vm(String name) {
    return new Machine(name, 25, null, Machine.DEFAULT_SITE, null, null);
  }

  private static SavedDeployment twoFullSmallServers(List<Machine> machines) {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Map<String, String> serverOf = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      String name = String.format("vm-%02d", i);
      machines.add(vm(name));
      (i < 10 ? first : second).add(name);
      serverOf.put(name, i < 10 ? "ps-1" : "ps-2");
    }
    List<DeployedServer> servers =
        List.of(
            new DeployedServer(
                "cs-1",
                ServerRole.CONFIGURATION_SERVER,
                Machine.DEFAULT_SITE,
                null,
                "management",
                8,
                16,
                600,
                false,
                List.of()),
            new DeployedServer(
                "ps-1",
                ServerRole.PROCESS_SERVER,
                Machine.DEFAULT_SITE,
                "cs-1",
                "small",
                4,
                8,
                300,
                true,
                first),
            new DeployedServer(
                "ps-2",
                ServerRole.PROCESS_SERVER,
                Machine.DEFAULT_SITE,
                "cs-1",
                "small",
                4,
                8,
                300,
                true,
                second));
    CurrentDeployment d =
        new CurrentDeployment(servers, machines, serverOf, Map.of(), null, null, null, List.of());
    return Rebalancer.run(d, CLASSIC, REBALANCE).deploymentAfter();
  }

  private static GrowthPath.Step month(boolean allowRetire) {
    List<Machine> machines = new ArrayList<>();
    SavedDeployment before = twoFullSmallServers(machines);
    machines.add(vm("vm-new"));
    return new GrowthPath(CLASSIC, REBALANCE, PathChange.CHEAPEST, allowRetire)
        .next(
            before, machines, Planner.plan(Workload.of(machines), CLASSIC, PlanOptions.defaults()));
  }

  private static List<String> ids(GrowthPath.Step step) {
    return step.taken().servers().stream().map(ServerReport::id).toList();
  }

  @Test
  void withoutRetirementEveryServerBoughtStays() {
    GrowthPath.Step step = month(false);
    assertThat(ids(step)).contains("ps-1", "ps-2");
    assertThat(step.taken().retired()).isEmpty();
    assertThat(step.taken().vcpus()).isEqualTo(8 + 8 + 4);
  }

  @Test
  void withRetirementTheEmptiedServerGoesAndTheMonthCostsLess() {
    GrowthPath.Step step = month(true);
    assertThat(ids(step)).containsExactly("cs-1", "ps-1");
    assertThat(step.taken().retired()).extracting(ServerReport::id).containsExactly("ps-2");
    assertThat(step.taken().vcpus()).isEqualTo(8 + 8);
    SavedDeployment after = step.taken().change().deploymentAfter();
    assertThat(after.processServers())
        .extracting(SavedDeployment.Server::id)
        .containsExactly("ps-1");
    // All 21 machines are on ps-1, now medium: 525 GiB/day of its 1024.
    assertThat(after.processServers().get(0).assignedMachines()).hasSize(21);
    assertThat(after.processServers().get(0).tier()).isEqualTo("medium");
  }
}
