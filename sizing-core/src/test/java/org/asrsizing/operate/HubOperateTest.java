package org.asrsizing.operate;

import static org.asrsizing.operate.Deployments.CLASSIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

/**
 * A hub's deployment operated: machines stay on their site, branches get no configuration server.
 */
class HubOperateTest {

  private static List<Machine> offices(int hub, int branches, int each) {
    List<Machine> machines = new ArrayList<>();
    for (int i = 0; i < hub; i++) {
      machines.add(new Machine(String.format("hq-%03d", i), 4, null, "hq", null, null));
    }
    for (int b = 1; b <= branches; b++) {
      for (int i = 0; i < each; i++) {
        machines.add(
            new Machine(String.format("b%d-%02d", b, i), 4, null, "branch" + b, null, null));
      }
    }
    return machines;
  }

  private static Plan hubPlan(List<Machine> machines) {
    return Planner.plan(Workload.of(machines), CLASSIC, PlanOptions.defaults().withHub("hq"));
  }

  private static Map<String, ServerReport> byId(Rebalance r) {
    return r.servers().stream().collect(Collectors.toMap(ServerReport::id, Function.identity()));
  }

  @Test
  void drainingABranchProcessServerAddsOneOnTheSameBranchUnderTheHub() {
    Plan plan = hubPlan(offices(300, 5, 20));
    String branchServer =
        plan.processServers().stream()
            .filter(ps -> ps.site().equals("branch1"))
            .findFirst()
            .orElseThrow()
            .id();
    Rebalance r =
        Rebalancer.run(CurrentDeployment.of(plan), CLASSIC, Deployments.drain(branchServer));
    Map<String, ServerReport> servers = byId(r);
    assertThat(r.moves()).hasSize(20);
    assertThat(r.moves())
        .allSatisfy(m -> assertThat(servers.get(m.to()).site()).isEqualTo("branch1"));
    assertThat(r.servers())
        .filteredOn(s -> s.change().equals("added"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.role()).isEqualTo(ServerRole.PROCESS_SERVER);
              assertThat(s.site()).isEqualTo("branch1");
              assertThat(s.configurationServer()).isEqualTo("cs-1");
            });
  }

  @Test
  void newBranchMachinesBeyondTheHubsLimitGetAConfigurationServerAtTheHub() {
    // 440 + 5 x 20 = 540 machines under one configuration server (limit 550); 30 new at branch1.
    List<Machine> machines = offices(440, 5, 20);
    Plan plan = hubPlan(machines);
    CurrentDeployment now = CurrentDeployment.of(plan);
    List<Machine> more = new ArrayList<>(now.machines());
    for (int i = 0; i < 30; i++) {
      more.add(new Machine(String.format("b1-new-%02d", i), 4, null, "branch1", null, null));
    }
    CurrentDeployment grown =
        new CurrentDeployment(
            now.servers(), more, now.serverOf(), Map.of(), null, null, null, List.of());
    Rebalance r = Rebalancer.run(grown, CLASSIC, Deployments.rebalance());
    Map<String, ServerReport> servers = byId(r);
    assertThat(r.placements()).hasSize(30);
    assertThat(r.placements())
        .allSatisfy(m -> assertThat(servers.get(m.to()).site()).isEqualTo("branch1"));
    assertThat(r.servers())
        .filteredOn(s -> s.role() == ServerRole.CONFIGURATION_SERVER)
        .allSatisfy(s -> assertThat(s.site()).isEqualTo("hq"));
    assertThat(r.servers())
        .filteredOn(s -> s.change().equals("added") && s.role() == ServerRole.PROCESS_SERVER)
        .allSatisfy(
            s -> {
              assertThat(s.site()).isEqualTo("branch1");
              assertThat(servers.get(s.configurationServer()).site()).isEqualTo("hq");
            });
    assertThat(servers.get("cs-1").machinesAfter()).isLessThanOrEqualTo(550);
  }
}
