package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;

class GuidanceTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  @Test
  void aPlanWithAManagingConfigurationServerSaysWhichGuidanceAndWhatTheOtherGives() {
    Plan p = Planner.plan(Workload.aggregate(220, 1536), CLASSIC, PlanOptions.defaults());
    assertThat(p.findings())
        .filteredOn(f -> f.is(Rule.GUIDANCE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("24 vCPU instead of 20");
              assertThat(f.source()).contains("vmware-physical-large-deployment.md (2019)");
            });
  }

  @Test
  void smallAndMediumProcessServersKeepTheSmallPairing() {
    // 300 machines of little churn: two medium process servers, no large one.
    Plan p = Planner.plan(Workload.aggregate(300, 300), CLASSIC, PlanOptions.defaults());
    assertThat(p.processServers()).noneMatch(s -> s.tier().equals("large"));
    assertThat(p.findings())
        .filteredOn(f -> f.is(Rule.GUIDANCE))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("the same " + p.summary().vcpus() + " vCPU")
                    .doesNotContain("instead of"));
  }

  @Test
  void aConfigurationServerThatReplicatesHasNoSuchFinding() {
    Plan p = Planner.plan(Workload.aggregate(100, 500), CLASSIC, PlanOptions.defaults());
    assertThat(p.findings()).noneMatch(f -> f.is(Rule.GUIDANCE));
  }
}
