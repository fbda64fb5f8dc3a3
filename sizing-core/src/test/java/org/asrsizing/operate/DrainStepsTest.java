package org.asrsizing.operate;

import static org.asrsizing.operate.Deployments.CLASSIC;
import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.runbook.ServerSteps;
import org.junit.jupiter.api.Test;

/** The drain's install and uninstall steps are the runbook's sentences, with their sources. */
class DrainStepsTest {

  @Test
  void aDrainedProcessServerIsRetiredInTheRunbooksWords() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "medium", 20, 5)
            .psMany("ps-2", "medium", 20, 5)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.drain("ps-1"));

    String source = ServerSteps.uninstallSource();
    assertThat(r.steps())
        .contains(
            ServerSteps.cited(ServerSteps.uninstall("ps-1"), source),
            ServerSteps.cited(ServerSteps.purge("ps-1", "cs-1", "<IP of ps-1>"), source),
            ServerSteps.REMOVAL_WAIT);
  }

  @Test
  void anAddedProcessServerIsInstalledInTheRunbooksWords() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "small", 20, 12)
            .psMany("ps-2", "small", 20, 12)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.drain("ps-1"));

    ServerReport added =
        r.servers().stream().filter(s -> s.change().equals("added")).findFirst().orElseThrow();
    DeployedServer view =
        new DeployedServer(
            added.id(),
            ServerRole.PROCESS_SERVER,
            "default",
            "cs-1",
            added.tier(),
            added.vcpus(),
            added.memoryGiB(),
            added.cacheDiskGiB(),
            true,
            java.util.List.of());
    assertThat(r.steps().get(0)).isEqualTo(ServerSteps.installCited(view));
  }
}
