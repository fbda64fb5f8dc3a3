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
  void serversInstalledAlikeShareOneLineWithTheirCountAndIdsConfigurationServersFirst() {
    var lines = NextSteps.lines(LARGE);
    var servers = ServerOrder.of(LARGE);
    assertThat(servers).hasSizeGreaterThan(20);
    assertThat(lines).hasSizeLessThan(servers.size() / 2);
    assertThat(lines.get(0)).startsWith("Install ").contains("as a configuration server");
    // every server is named or counted exactly once across the lines
    int counted = 0;
    for (String line : lines) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^Install (\\d+) (process|configuration) servers ")
              .matcher(line);
      counted += m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
    assertThat(counted).isEqualTo(servers.size());
    String ps =
        lines.stream()
            .filter(l -> l.matches("Install \\d+ process servers .*"))
            .findFirst()
            .orElseThrow();
    assertThat(ps)
        .matches("Install \\d+ process servers ps-\\d+(, ps-\\d+)*( and \\d+ more)?, each \\(.*")
        .contains("as a scale-out process server registered to cs-");
  }

  @Test
  void aServerUnlikeAnyOtherKeepsTheRunbooksOwnLine() {
    Plan small = SamplePlans.small();
    var servers = ServerOrder.of(small);
    var lines = NextSteps.lines(small);
    assertThat(lines).hasSameSizeAs(servers);
    for (int i = 0; i < servers.size(); i++) {
      assertThat(lines.get(i)).isEqualTo(ServerSteps.installCited(servers.get(i).asBuilt()));
    }
    PlannedServer first = servers.get(0);
    assertThat(first.role()).isEqualTo(ServerRole.CONFIGURATION_SERVER);
  }

  @Test
  void theTableAndTheMarkdownCollapseALargeFleetToOneLinePerKindOfInstall() {
    StringBuilder table = new StringBuilder();
    NextSteps.table(table, LARGE);
    StringBuilder markdown = new StringBuilder();
    NextSteps.markdown(markdown, LARGE);
    int n = NextSteps.lines(LARGE).size();
    assertThat(table.toString().lines().filter(l -> l.matches("  \\d+\\. .*"))).hasSize(n);
    assertThat(markdown.toString().lines().filter(l -> l.matches("\\d+\\. .*"))).hasSize(n);
  }

  /** Enough configuration servers that even one line per kind of install is a long list. */
  private static final Plan HUGE =
      Planner.plan(
          Workload.aggregate(20000, 200000),
          CatalogLoader.builtIn("asr-classic"),
          PlanOptions.defaults());

  @Test
  void aLongListIsCollapsedBehindItsCountInTheHtmlAShortOneIsNot() {
    assertThat(NextSteps.lines(HUGE)).hasSizeGreaterThan(NextSteps.OPEN_STEPS);
    assertThat(NextSteps.html(HUGE).toString())
        .contains(
            "<details><summary>Install "
                + ServerOrder.of(HUGE).size()
                + " servers in "
                + NextSteps.lines(HUGE).size()
                + " steps");
    Plan small = SamplePlans.small();
    assertThat(NextSteps.html(small).toString())
        .doesNotContain("<details>")
        .contains("<li>" + Markup.escape(NextSteps.lines(small).get(0)) + "</li>");
  }
}
