package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WhatIfCommandTest {

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
  void bandwidthNeedsTheMachineSizeWithTheBandwidth() {
    Run run = Run.of("whatif", "bandwidth", "--example", "--bandwidth", "100");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err()).contains("--bandwidth and --machine-size go together");
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
  void monteCarloRejectsTooManyDrawsAndAZeroSpread() {
    Run trials = Run.of("whatif", "montecarlo", "--machines", "10000", "--churn", "1TB");
    Run cv = Run.of("whatif", "montecarlo", "--example", "--churn-cv", "0");

    assertThat(trials.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(trials.err()).contains("'--trials'").contains("here at most 500");
    assertThat(cv.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(cv.err()).contains("'--churn-cv'");
  }
}
