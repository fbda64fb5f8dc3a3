package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sizing plan --format html} from every kind of plan input. */
class HtmlOutputTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String OPERATE = "../docs/examples/operate";

  @Test
  void theExampleIsOneHtmlPageOnStdoutAndTheSameEveryTime() {
    Run first = Run.of("plan", "--example", "--format", "html");
    Run second = Run.of("plan", "--example", "--format", "html");

    assertThat(first.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(first.err()).isEmpty();
    assertThat(first.out()).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
    assertThat(first.out()).contains("asr-classic 2021.1", "<svg ");
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void anAggregateGoesToTheOutputFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.html");

    Run run =
        Run.of(
            "plan",
            "--machines",
            "500",
            "--churn",
            "3TB",
            "--headroom",
            "20",
            "--format",
            "html",
            "--output",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("headroom line (80 %)");
  }

  @Test
  void aMachineOfTheInventoryNamedLikeAScriptRendersAsText(@TempDir Path dir) throws IOException {
    Path inventory = dir.resolve("machines.csv");
    Files.writeString(
        inventory, "name,churnGiBPerDay\n\"" + SCRIPT + "\",20\nweb-01,30\nhuge,3000\n");

    Run run = Run.of("plan", "--inventory", inventory.toString(), "--format", "html");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE);
    assertThat(run.out())
        .doesNotContain(SCRIPT)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Infeasible: 1 of 3 machines cannot be protected");
  }

  @Test
  void bandwidthShowsEachSitesRpoOverTimeAndAgainstBandwidthWithTablesBeside() {
    Run run =
        Run.of(
            "whatif",
            "bandwidth",
            "--inventory",
            "../docs/examples/inputs/profile-3days.csv",
            "--bandwidth",
            "hub=50,branch=15",
            "--format",
            "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "WAN link per site",
            "sites-table",
            "Site branch",
            "id=\"chart-rpo-branch\"",
            "Peak RPO per day",
            "id=\"chart-curve-branch\"",
            "curve-branch",
            "Site hub",
            "id=\"chart-rpo-hub\"",
            "Servers",
            "Findings");
    assertThat(Run.of("whatif", "bandwidth", "--help").out().replaceAll("\\s+", " "))
        .contains("Output format: table, json, html.");
  }

  @Test
  void aSiteAndAMachineNamedLikeAScriptRenderAsTextInTheBandwidthReport(@TempDir Path dir)
      throws IOException {
    Path inventory = dir.resolve("machines.csv");
    Files.writeString(
        inventory,
        "name,churnGiBPerDay,site,sizeGiB\n\""
            + SCRIPT
            + "\",20,\""
            + SCRIPT
            + "\",100\nweb-01,30,b,50\n");

    Run run =
        Run.of(
            "whatif",
            "bandwidth",
            "--inventory",
            inventory.toString(),
            "--bandwidth",
            "100",
            "--format",
            "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .doesNotContain(SCRIPT)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("batches-table");
  }

  @Test
  void monteCarloShowsTheGivenPlanAgainstTheOneThatHoldsWithEachServersChurnAgainstItsLimit() {
    Run run =
        Run.of("whatif", "montecarlo", "--machines", "400", "--churn", "4TB", "--format", "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "Does the plan hold?",
            "plans-table",
            "given options",
            "cheapest that holds",
            "Plan with the given options",
            "id=\"chart-given\"",
            "given-servers",
            "Cheapest plan that holds",
            "id=\"chart-holds\"",
            "Findings");
    assertThat(Run.of("whatif", "montecarlo", "--help").out().replaceAll("\\s+", " "))
        .contains("Output format: table, json, html.");
  }

  @Test
  void healthShowsEachServersStateAndReasonsFirstWorstFirst() {
    Run run =
        Run.of(
            "health",
            "--deployment",
            OPERATE + "/plan.json",
            "--inventory",
            OPERATE + "/fleet-now.csv",
            "--metrics",
            OPERATE + "/metrics.csv",
            "--format",
            "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "<h1>ASR health</h1>",
            "Health of each server now",
            "0 Critical, 2 Warning, 1 Healthy",
            "health-table",
            "ps-1",
            "Warning",
            "CPU utilization is 88 %",
            "cs-1",
            "Healthy",
            "The change at a glance",
            "Findings");
    Run withSpare =
        Run.of(
            "health",
            "--deployment",
            OPERATE + "/plan.json",
            "--inventory",
            OPERATE + "/fleet-now.csv",
            "--metrics",
            OPERATE + "/metrics.csv",
            "--spare",
            "1",
            "--format",
            "html");
    // the spare the run adds does not run yet: it has no health now
    assertThat(withSpare.out()).contains("0 Critical, 2 Warning, 1 Healthy");
  }

  @Test
  void theHelpListsHtml() {
    assertThat(Run.of("plan", "--help").out().replaceAll("\\s+", " "))
        .contains("markdown, xlsx, html")
        .contains("sizing plan --example --format html --output plan.html");
  }

  @Test
  void theGrowthTimelineIsAnHtmlPageToo() {
    Run run = Run.of("whatif", "timeline", "--example", "--growth-churn", "25", "--format", "html");

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("id=\"chart-timeline\"");
    assertThat(Run.of("whatif", "timeline", "--help").out().replaceAll("\\s+", " "))
        .contains("Output format: table, json, html.");
  }

  @Test
  void rebalanceAndDrainShowEachServerBeforeAndAfter() {
    Run rebalance =
        Run.of(
            "rebalance",
            "--deployment",
            OPERATE + "/plan.json",
            "--inventory",
            OPERATE + "/fleet-now.csv",
            "--format",
            "html");
    Run drain =
        Run.of(
            "drain",
            "--deployment",
            OPERATE + "/plan.json",
            "--server",
            "ps-2",
            "--format",
            "html");

    assertThat(rebalance.exitCode()).as(rebalance.err()).isEqualTo(ExitCode.DONE);
    assertThat(rebalance.out())
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "<h1>ASR rebalance</h1>",
            "The change at a glance",
            "id=\"chart-before-after\"",
            "servers-table",
            "Moves",
            "Portal operations",
            "Steps",
            "Findings");
    assertThat(drain.exitCode()).as(drain.err()).isEqualTo(ExitCode.DONE);
    assertThat(drain.out()).contains("<h1>ASR drain</h1>", "id=\"chart-before-after\"");
    assertThat(Run.of("drain", "--help").out().replaceAll("\\s+", " "))
        .contains("Output format: table, json, html.");
  }

  @Test
  void commandsWithoutAnHtmlReportRefuseIt() {
    Run run = Run.of("tiers", "--format", "html");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("--format html is not available for sizing tiers");
    assertThat(Run.of("whatif", "forecast", "--history", "x.csv", "--format", "html").err())
        .contains("--format html is not available for sizing whatif forecast; use table or json");
  }
}
