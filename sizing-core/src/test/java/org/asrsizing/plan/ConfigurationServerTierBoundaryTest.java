package org.asrsizing.plan;

import static org.asrsizing.plan.Fixtures.onlyConfigurationServerTier;
import static org.asrsizing.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configuration server table of the 2021 plan-capacity article, at every boundary. */
class ConfigurationServerTierBoundaryTest {

  @ParameterizedTest(name = "{0} machines at 10 GiB/day in total need a {1} configuration server")
  @CsvSource({"1, small", "99, small", "100, medium", "150, medium", "151, large", "200, large"})
  void machineCountPicksTheSmallestTierThatHoldsIt(int machines, String tier) {
    Plan p = plan(machines, 10);
    assertThat(p.summary().scaleOutRequired()).isFalse();
    assertThat(onlyConfigurationServerTier(p)).isEqualTo(tier);
    assertThat(p.processServers()).isEmpty();
    assertThat(p.configurationServers().get(0).replicates()).isTrue();
  }

  @ParameterizedTest(name = "10 machines at {0} GiB/day need a {1} configuration server")
  @CsvSource({
    "0, small",
    "500, small",
    "500.01, medium",
    "1024, medium",
    "1024.01, large",
    "2048, large"
  })
  void churnPicksTheSmallestTierThatHoldsIt(double churn, String tier) {
    Plan p = plan(10, churn);
    assertThat(p.summary().scaleOutRequired()).isFalse();
    assertThat(onlyConfigurationServerTier(p)).isEqualTo(tier);
  }

  @org.junit.jupiter.api.Test
  void aUsersCatalogWhereALargerTierIsCheaperGetsTheCheaperTierAndAnHonestBound() {
    var c = Fixtures.CLASSIC;
    var tiers = new java.util.ArrayList<>(c.configurationServerTiers());
    var large = tiers.get(2);
    tiers.set(
        2,
        new org.asrsizing.catalog.Tier(
            large.name(),
            4,
            null,
            null,
            large.memoryGiB(),
            large.cacheDiskGiB(),
            large.maxChurnGiBPerDay(),
            large.maxMachines(),
            large.source()));
    var cheapLarge =
        new org.asrsizing.catalog.Catalog(
            c.schemaVersion(),
            c.id(),
            c.version(),
            c.title(),
            c.boundSemantics(),
            c.sources(),
            tiers,
            c.processServerTiers(),
            c.managementServer(),
            c.scaleOut(),
            c.machineLimits(),
            c.diskChurnLimits(),
            c.healthThresholds(),
            c.choices());
    Plan p =
        Planner.plan(
            org.asrsizing.model.Workload.aggregate(10, 10), cheapLarge, PlanOptions.defaults());
    assertThat(onlyConfigurationServerTier(p)).isEqualTo("large");
    assertThat(p.summary().vcpus()).isEqualTo(4);
    assertThat(p.summary().lowerBoundVcpus()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0} machines at {1} GiB/day: binding limit {2}")
  @CsvSource({"100, 10, machines", "10, 600, churn", "160, 1100, machines and churn"})
  void theBindingLimitIsNamed(int machines, double churn, String binding) {
    Plan p = plan(machines, churn);
    assertThat(p.configurationServers().get(0).bindingLimit()).isEqualTo(binding);
  }

  @ParameterizedTest(name = "{0} machines at {1} GiB/day scale out: {2}")
  @CsvSource({"200, 2048, false", "201, 10, true", "10, 2048.01, true", "201, 2048.01, true"})
  void scaleOutStartsJustAboveEitherThreshold(int machines, double churn, boolean scaleOut) {
    Plan p = plan(machines, churn);
    assertThat(p.summary().scaleOutRequired()).isEqualTo(scaleOut);
    assertThat(p.findings())
        .filteredOn(f -> f.rule().equals("scale-out-threshold"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(scaleOut ? "scale-out required" : machines + " machines"))
        .satisfies(f -> assertThat(f.source()).contains("site-recovery-plan-capacity-vmware.md"));
    if (scaleOut) {
      assertThat(p.configurationServers()).allMatch(cs -> !cs.replicates());
      assertThat(p.processServers()).isNotEmpty();
    }
  }
}
