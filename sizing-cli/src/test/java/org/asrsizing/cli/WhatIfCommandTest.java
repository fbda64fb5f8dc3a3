package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfCommandTest {

  private static final String PROFILE = "../docs/examples/inputs/profile-3days.csv";

  @Test
  void withoutASubcommandItSaysWhichOnesExist() {
    Run run = Run.of("whatif");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("timeline, bandwidth");
  }

  @Test
  void aTimelineWithoutGrowthIsFlatAndHasNoEvents() {
    Run run = Run.of("whatif", "timeline", "--machines", "500", "--churn", "3TB", "--horizon", "3");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("month  machines  churn GiB/day  scale-out")
        .contains("vCPU  RAM GiB  cache GiB")
        .contains("none: the deployment of month 0 holds to month 3");
  }

  @Test
  void aTimelineInJsonListsMonthsAndEvents() throws Exception {
    Run run =
        Run.of(
            "whatif",
            "timeline",
            "--example",
            "--growth-machines",
            "20",
            "--horizon",
            "24",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.at("/mode").asText()).isEqualTo("timeline");
    assertThat(json.at("/months")).hasSize(25);
    assertThat(json.at("/months/24/deployment/machines").asInt()).isEqualTo(317);
    assertThat(json.at("/events").isArray()).isTrue();
  }

  @Test
  void badTimelineValuesNameTheOption() {
    Run growth = Run.of("whatif", "timeline", "--example", "--growth-churn", "-5");
    Run horizon = Run.of("whatif", "timeline", "--example", "--horizon", "400");

    assertThat(growth.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(growth.err()).startsWith("sizing: invalid value for option '--growth-churn'");
    assertThat(horizon.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(horizon.err()).contains("'--horizon'").contains("from 0 to 300");
  }

  @Test
  void aTimelineTooLargeToFollowIsRefusedBeforeItStarts() {
    // Were an internal error (exit 1) and a run of many minutes: the example's 220 machines at
    // +1000 %/year pass the 2 million machines of an aggregate in month 46; 10^5 machines for
    // 101 months are more machine-months than a timeline follows.
    Run past =
        Run.of("whatif", "timeline", "--example", "--horizon", "60", "--growth-machines", "1000");
    Run long101 =
        Run.of("whatif", "timeline", "--machines", "100000", "--churn", "10TB", "--horizon", "100");

    assertThat(past.exitCode()).as(past.err()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(past.err())
        .startsWith("sizing: invalid value for option '--horizon'")
        .contains("pass the 2000000 a plan may have in month 46")
        .doesNotContain("internal error");
    assertThat(long101.exitCode()).as(long101.err()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(long101.err())
        .contains("the 10000000 machine-months a timeline follows")
        .contains("shorten the horizon to 99 months");
  }

  @Test
  void bandwidthShowsRatesPerServerAndTheInitialReplication() {
    Run run =
        Run.of(
            "whatif",
            "bandwidth",
            "--machines",
            "10",
            "--churn",
            "300GB",
            "--bandwidth",
            "100",
            "--machine-size",
            "300GB");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("ingress Mbps  egress Mbps  cache GiB  WAN outage buffer h")
        .containsPattern("cs-1\\s+small\\s+10\\s+300\\s+29.8\\s+20.9\\s+300\\s+24")
        .containsPattern("batch size within goal\\s+10\\s+machines");
  }

  @Test
  void bandwidthNeedsTheBandwidthWithTheMachineSize() {
    Run run = Run.of("whatif", "bandwidth", "--example", "--machine-size", "100");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("--machine-size needs --bandwidth");
  }

  @Test
  void bandwidthWithoutASeriesSaysOnlyDailyAveragesAreKnown() {
    Run run = Run.of("whatif", "bandwidth", "--example", "--bandwidth", "100");

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .contains("daily averages only (no profiled write rates)")
        .contains("rpo-daily-average: site default: only daily averages are available")
        .contains("as set by --peak-factor");
  }

  @Test
  void bandwidthSimulatesTheProfiledRatesPerSite() {
    Run run =
        Run.of(
            "whatif",
            "bandwidth",
            "--inventory",
            PROFILE,
            "--bandwidth",
            "hub=50,branch=15",
            "--rpo",
            "15m,1h");

    assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
    assertThat(run.out())
        .contains("Achieved RPO at the given bandwidth")
        .contains("Peak RPO per day")
        .containsPattern("site hub\\s+15\\s+")
        .containsPattern("site hub\\s+60\\s+")
        .contains("rpo-target: site branch at 15 Mbps: the RPO goes above 15 min");
  }

  @Test
  void bandwidthOfAnUnprotectableMachineListsItAndExits3() {
    Run run =
        Run.of("whatif", "bandwidth", "--inventory", "../docs/examples/inputs/writes-heavy.csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE);
    assertThat(run.out()).contains("Unplaced machines (cannot be protected)").contains("bk01");
    assertThat(run.err()).contains("1 machine cannot be protected (first: bk01)");
  }

  @Test
  void bandwidthNamesASiteWithoutALink() {
    Run run = Run.of("whatif", "bandwidth", "--inventory", PROFILE, "--bandwidth", "hub=50");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("site branch has no bandwidth");
  }

  @Test
  void bandwidthNamesAnUnknownSite() {
    Run run = Run.of("whatif", "bandwidth", "--inventory", PROFILE, "--bandwidth", "50,lab=10");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("no protectable machine is in site lab");
  }

  @Test
  void bandwidthRejectsABadThrottleAndABadRpo() {
    Run throttle = Run.of("whatif", "bandwidth", "--example", "--throttle", "8-18=20Mbps");
    assertThat(throttle.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(throttle.err()).contains("has a time that is not HH:MM");
    Run rpo = Run.of("whatif", "bandwidth", "--example", "--rpo", "0m");
    assertThat(rpo.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(rpo.err()).contains("'0m' is not a duration above 0");
    Run factor = Run.of("whatif", "bandwidth", "--example", "--peak-factor", "0.5");
    assertThat(factor.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(factor.err()).contains("the peak factor must be a number of at least 1");
  }

  @Test
  void bandwidthRejectsARateThatIsNotOne() {
    Run run =
        Run.of("whatif", "bandwidth", "--example", "--bandwidth", "fast", "--machine-size", "1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("'fast' is not a bandwidth");
  }

  @Test
  void monteCarloWithTheSameSeedWritesTheSameBytes() {
    String[] args = {
      "whatif",
      "montecarlo",
      "--machines",
      "400",
      "--churn",
      "4TB",
      "--trials",
      "200",
      "--seed",
      "9",
      "--format",
      "json"
    };

    Run first = Run.of(args);
    Run second = Run.of(args);

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(second.out()).contains("\"probabilityAllWithinLimits\"");
  }

  @Test
  void aWhatIfReadsAnInventoryFileLikePlanDoes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("machines.csv");
    Files.writeString(
        file, "name,churnGiBPerDay,site\nsql-1,900,east\nweb-1,40,east\nweb-2,35,west\n");

    Run run =
        Run.of(
            "whatif",
            "montecarlo",
            "--inventory",
            file.toString(),
            "--trials",
            "200",
            "--seed",
            "3");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Plan with the given options: 2 CS");
  }

  @Test
  void inventoryOptionsWithoutAnInventoryAreRefused() {
    Run run = Run.of("whatif", "timeline", "--example", "--skip-invalid");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .startsWith("sizing: option '--skip-invalid' only applies to --inventory FILE");
  }

  @Test
  void monteCarloShowsBothPlansWithTheirOdds() {
    Run run =
        Run.of("whatif", "montecarlo", "--machines", "400", "--churn", "4TB", "--trials", "300");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Plan with the given options:")
        .contains("Cheapest plan that holds on at least 95 % of days (headroom ")
        .contains("mean churn GiB/day  p95 churn GiB/day  limit GiB/day  days within limit %");
  }

  @Test
  void monteCarloRejectsTooManyServerDaysTooManyTrialsAndAZeroSpread() {
    // 100,000 machines of 1 TiB/day: 1,175 carrying servers; 100,000 days of each is over the
    // bound.
    Run serverDays =
        Run.of(
            "whatif", "montecarlo", "--machines", "100000", "--churn", "1TB", "--trials", "100000");
    Run trials = Run.of("whatif", "montecarlo", "--example", "--trials", "100001");
    Run cv = Run.of("whatif", "montecarlo", "--example", "--churn-cv", "0");

    assertThat(serverDays.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(serverDays.err())
        .contains("'--trials'")
        .contains("trials x carrying servers must be at most 25,000,000, to bound memory")
        .contains("the plan at 0 % headroom has 1175 carrying servers, so at most 21276 trials")
        .doesNotContain("Exception");
    assertThat(trials.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(trials.err()).contains("'--trials'").contains("at most 100,000");
    assertThat(cv.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(cv.err()).contains("'--churn-cv'");
  }

  @Test
  void forecastFitsTheHistoryAndDatesTheThresholds(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("h.csv");
    Files.writeString(
        csv,
        "date,churnGiBPerDay,machines\n2024-01-01,1000,150\n2024-02-01,1100,160\n"
            + "2024-03-01,1190,171\n2024-04-01,1310,179\n");

    Run run = Run.of("whatif", "forecast", "--history", csv.toString(), "--horizon", "6");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("quantity       model        intercept")
        .contains("date        churn GiB/day  low GiB/day  high GiB/day  machines")
        .containsPattern(
            "machines\\s+200\\s+configuration server large limit, scale-out"
                + " threshold\\s+expected\\s+2024-0");
  }

  @Test
  void aBadHistoryFileIsExitFourAndAMissingOneExitTwo(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("h.csv");
    Files.writeString(csv, "date,churnGiBPerDay\n2024-01-01,10\n2024-01-02,ten\n2024-01-03,12\n");

    Run bad = Run.of("whatif", "forecast", "--history", csv.toString());
    Run missing = Run.of("whatif", "forecast", "--history", dir.resolve("nope.csv").toString());

    assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(bad.errLines())
        .containsExactly(
            "sizing: " + csv + " line 3: churnGiBPerDay 'ten' is not a number of 0 or more");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(missing.err()).contains("'--history'");
  }

  @Test
  void compareShowsEveryScenarioAndABadFileIsExitFour(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("s.yaml");
    Files.writeString(
        good, "scenarios:\n  - name: today\n  - name: double\n    churnMultiplier: 2\n");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "scenarios:\n  - name: x\n    headroomPercent: 150\n");

    Run run = Run.of("whatif", "compare", "--scenarios", good.toString(), "--example");
    Run wrong = Run.of("whatif", "compare", "--scenarios", bad.toString(), "--example");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("today\\s+asr-classic")
        .containsPattern("double\\s+asr-classic");
    assertThat(wrong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT_FILE);
    assertThat(wrong.errLines()).hasSize(1);
    assertThat(wrong.err()).startsWith("sizing: scenario 'x': headroom");
  }

  @Test
  void sweepTabulatesEveryValueAndChecksTheRange() {
    Run run =
        Run.of(
            "whatif",
            "sweep",
            "--example",
            "--vary",
            "headroom",
            "--from",
            "0",
            "--to",
            "30",
            "--step",
            "10");
    Run backwards =
        Run.of("whatif", "sweep", "--example", "--vary", "churn", "--from", "2", "--to", "1");
    Run tooMuch =
        Run.of("whatif", "sweep", "--example", "--vary", "headroom", "--from", "0", "--to", "100");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("headroom %  machines  churn GiB/day");
    assertThat(run.out().lines().filter(l -> l.matches("\\s+\\d+\\s+220\\s.*"))).hasSize(4);
    assertThat(backwards.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(backwards.err()).contains("'--to'").contains("must not be below its start");
    assertThat(tooMuch.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(tooMuch.err()).contains("'--to'").contains("headroom");
  }

  @Test
  void formatsAModeDoesNotWriteAreRefused() {
    Run run = Run.of("whatif", "bandwidth", "--example", "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .contains(
            "--format csv is not available for sizing whatif bandwidth; use table, json or html");
  }
}
