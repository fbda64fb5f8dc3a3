package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.runbook.ServerSteps;
import org.junit.jupiter.api.Test;

/** The plan's next steps: the runbook's install line of every server, in the runbook's order. */
class NextStepsTest {

  private static final Plan LARGE =
      Planner.plan(
          Workload.aggregate(3000, 30000),
          CatalogLoader.builtIn("asr-classic"),
          PlanOptions.defaults());

  @Test
  void everyServerHasTheRunbooksInstallLineConfigurationServersFirst() {
    var lines = NextSteps.lines(LARGE);
    var servers = ServerOrder.of(LARGE);
    assertThat(lines).hasSize(servers.size());
    for (int i = 0; i < servers.size(); i++) {
      assertThat(lines.get(i)).isEqualTo(ServerSteps.installCited(servers.get(i).asBuilt()));
    }
    PlannedServer first = servers.get(0);
    assertThat(first.role()).isEqualTo(ServerRole.CONFIGURATION_SERVER);
  }

  @Test
  void aLongListIsCollapsedBehindItsCountInTheHtmlAShortOneIsNot() {
    assertThat(NextSteps.lines(LARGE)).hasSizeGreaterThan(NextSteps.OPEN_STEPS);
    assertThat(NextSteps.html(LARGE).toString())
        .contains("<details><summary>Install " + NextSteps.lines(LARGE).size() + " servers");
    Plan small = SamplePlans.small();
    assertThat(NextSteps.html(small).toString())
        .doesNotContain("<details>")
        .contains("<li>" + Markup.escape(NextSteps.lines(small).get(0)) + "</li>");
  }
}
