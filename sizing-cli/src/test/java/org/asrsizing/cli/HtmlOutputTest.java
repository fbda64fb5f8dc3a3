package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            "id=\"chart-server-upload\"",
            "servers-table",
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
  void aFormatACommandDoesNotWriteIsRefusedBeforeAnyWork() {
    Run run = Run.of("tiers", "--format", "xlsx");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .contains(
            "--format xlsx is not available for sizing tiers; use table, json, markdown or html");
  }

  @Test
  void tiersShowEachTiersLimitsChartedAndEverySourceLinked() {
    Run run = Run.of("tiers", "--format", "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "<h1>ASR catalog asr-classic 2021.1</h1>",
            "id=\"summary\"",
            "What the catalog holds",
            "id=\"chart-tier-machines\"",
            "id=\"chart-tier-churn\"",
            "limits-table",
            "Configuration servers (built-in process server replicates)",
            "Sources")
        .contains(
            "<a href=\"https://learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware\">");
    assertThat(Run.of("tiers", "--help").out().replaceAll("\\s+", " "))
        .contains("Output format: table, json, markdown, html.")
        .contains("--date=YYYY-MM-DD HTML, Markdown and XLSX: print this date on the report");
  }

  @Test
  void theRunbookIsOnePrintablePageWithEachServersStepsAndTheirSourcesLinked() {
    Run run =
        Run.of(
            "runbook",
            "--deployment",
            "../docs/examples/runbook/plan.json",
            "--servers",
            "../docs/examples/runbook/servers.yaml",
            "--format",
            "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "<h1>ASR runbook</h1>",
            "Servers in the order of the work",
            "<a href=\"#server-1\">cs-1</a>",
            "Choices where the documents disagree",
            "<section id=\"server-1\" class=\"server\">",
            "<input type=\"checkbox\">",
            "UNIFIEDSETUP.EXE /AcceptThirdpartyEULA /ServerMode CS",
            "<section id=\"server-2\" class=\"server\">",
            "To fill in")
        .contains(
            "<a href=\"https://github.com/MicrosoftDocs/azure-docs/blob/main/includes/"
                + "site-recovery-unified-installer-command-parameters.md\">")
        .contains(
            "<a href=\"https://learn.microsoft.com/azure/site-recovery/"
                + "vmware-azure-set-up-process-server-scale\">");
    assertThat(Run.of("runbook", "--help").out().replaceAll("\\s+", " "))
        .contains("or html (the checklist as one printable page");
  }

  @Test
  void aRunbookPlaceholderIsMarked() {
    Run run =
        Run.of("runbook", "--deployment", "../docs/examples/runbook/plan.json", "--format", "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out()).contains("<mark>&lt;hostName of cs-1&gt;</mark>");
  }

  @Test
  void forecastSaysTheNextThresholdFirstAndChartsChurnAndMachinesAgainstThem() {
    Run run =
        Run.of(
            "whatif",
            "forecast",
            "--history",
            "../docs/examples/churn-history.csv",
            "--format",
            "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "When the thresholds are exceeded",
            "thresholds-table",
            "Next threshold",
            "The trend of machines exceeds 200 (configuration server large limit, scale-out threshold) on"
                + " 2025-09-03",
            "id=\"chart-forecast-churnGiBPerDay\"",
            "forecast-churnGiBPerDay",
            "id=\"chart-forecast-machines\"",
            "Fitted trends");
    assertThat(Run.of("whatif", "forecast", "--help").out().replaceAll("\\s+", " "))
        .contains("Output format: table, json, html.");
  }

  @Test
  void compareShowsTheScenariosSideBySideWithTheLeastCostAndBars() {
    Run run =
        Run.of(
            "whatif",
            "compare",
            "--scenarios",
            "../docs/examples/scenarios.yaml",
            "--example",
            "--format",
            "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .containsSubsequence(
            "Scenarios side by side",
            "scenarios-table",
            "&#39;today&#39; needs the fewest vCPUs: 20 vCPU on 2 servers.",
            "id=\"chart-scenarios\"",
            "cost-table");
  }

  @Test
  void sweepChartsServersAndVcpuAgainstTheSweptValue() {
    Run run =
        Run.of(
            "whatif",
            "sweep",
            "--example",
            "--vary",
            "churn",
            "--from",
            "0.5",
            "--to",
            "3",
            "--step",
            "0.5",
            "--format",
            "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .containsSubsequence(
            "<h1>ASR sweep</h1>",
            "From the first value to the last",
            "The servers change 3 times, at 1.5, 2, 3",
            "id=\"chart-sweep-servers\"",
            "id=\"chart-sweep-vcpus\"",
            "values-table");
  }

  /** Every command that writes a report, with the options of a small run. */
  private static List<List<String>> reports(Path inventory) {
    String inv = inventory.toString();
    return List.of(
        List.of("plan", "--inventory", inv),
        List.of("tiers"),
        List.of("runbook", "--inventory", inv),
        List.of("whatif", "timeline", "--inventory", inv, "--growth-churn", "50"),
        List.of("whatif", "bandwidth", "--inventory", inv, "--bandwidth", "100"),
        List.of("whatif", "montecarlo", "--inventory", inv, "--trials", "200"),
        List.of("whatif", "forecast", "--history", "../docs/examples/churn-history.csv"),
        List.of(
            "whatif",
            "compare",
            "--scenarios",
            "../docs/examples/scenarios.yaml",
            "--inventory",
            inv),
        List.of(
            "whatif", "sweep", "--inventory", inv, "--vary", "churn", "--from", "1", "--to", "2"),
        List.of("rebalance", "--deployment", OPERATE + "/plan.json", "--inventory", inv),
        List.of(
            "drain",
            "--deployment",
            OPERATE + "/plan.json",
            "--server",
            "ps-2",
            "--inventory",
            inv),
        List.of("health", "--deployment", OPERATE + "/plan.json", "--inventory", inv));
  }

  private static Run html(List<String> command, String... more) {
    List<String> args = new java.util.ArrayList<>(command);
    args.addAll(List.of("--format", "html"));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  @Test
  void everyReportRendersAMachineNamedLikeAScriptAsTextAndRunsOnlyItsOwnScript(@TempDir Path dir)
      throws IOException {
    Path inventory = dir.resolve("machines.csv");
    Files.writeString(inventory, "name,churnGiBPerDay\n\"" + SCRIPT + "\",20\nweb-01,30\n");

    for (List<String> command : reports(inventory)) {
      Run run = html(command);
      assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.DONE);
      assertThat(run.out()).as(String.join(" ", command)).startsWith("<!DOCTYPE html>");
      // the report's own script tag, and none from the input
      assertThat(run.out().split("<script>", -1)).as(String.join(" ", command)).hasSize(2);
    }
    // where the report names machines, the name shows as its characters
    for (int i : new int[] {0, 9, 10}) {
      assertThat(html(reports(inventory).get(i)).out())
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  @Test
  void aScenarioAndACatalogTitleNamedLikeAScriptRenderAsText(@TempDir Path dir) throws IOException {
    Path scenarios = dir.resolve("scenarios.yaml");
    Files.writeString(scenarios, "scenarios:\n  - name: '" + SCRIPT + "'\n");
    Path catalog = dir.resolve("catalog.yaml");
    Files.writeString(
        catalog,
        Files.readString(Path.of("../docs/examples/custom-catalog.yaml"))
            .replace(
                "title: Classic architecture, Contoso's reduced limits",
                "title: '" + SCRIPT + "'"));

    Run compare =
        Run.of(
            "whatif",
            "compare",
            "--scenarios",
            scenarios.toString(),
            "--example",
            "--format",
            "html");
    Run tiers = Run.of("tiers", "--catalog", catalog.toString(), "--format", "html");

    for (Run run : List.of(compare, tiers)) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
      assertThat(run.out())
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain(SCRIPT);
    }
  }

  @Test
  void everyReportPrintsTheDateGivenAndNoDateWithoutIt(@TempDir Path dir) throws IOException {
    Path inventory = dir.resolve("machines.csv");
    Files.writeString(inventory, "name,churnGiBPerDay\nweb-01,20\nweb-02,30\n");

    for (List<String> command : reports(inventory)) {
      String name = String.join(" ", command);
      Run dated = html(command, "--date", "2026-12-03");
      Run undated = html(command);
      assertThat(dated.exitCode()).as(name + ": " + dated.err()).isEqualTo(ExitCode.DONE);
      assertThat(dated.out()).as(name).contains(" · 2026-12-03</p>");
      assertThat(undated.out())
          .as(name)
          .doesNotContain("2026-12-03")
          .isEqualTo(html(command).out());
    }
    assertThat(Run.of("tiers", "--format", "markdown", "--date", "2026-12-03").out())
        .startsWith("# Catalog asr-classic 2021.1\n\nDate: 2026-12-03\n");
    assertThat(Run.of("runbook", "--example", "--format", "markdown", "--date", "2026-12-03").out())
        .startsWith("# Runbook\n\nDate: 2026-12-03\n");
    Run bad =
        Run.of(
            "whatif",
            "sweep",
            "--example",
            "--vary",
            "churn",
            "--from",
            "1",
            "--to",
            "2",
            "--date",
            "2026-02-30");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(bad.err()).contains("'2026-02-30' is not a calendar date");
  }
}
