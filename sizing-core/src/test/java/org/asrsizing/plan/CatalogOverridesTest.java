package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.api.Sizing;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.Tier;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;

class CatalogOverridesTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  private static Catalog with(List<Tier> ps, ManagementServer m) {
    Catalog c = CLASSIC;
    return new Catalog(
        c.schemaVersion(),
        "my-classic",
        c.version(),
        c.title(),
        c.boundSemantics(),
        c.sources(),
        c.configurationServerTiers(),
        ps,
        m,
        c.scaleOut(),
        c.machineLimits(),
        c.diskChurnLimits(),
        c.healthThresholds(),
        c.choices());
  }

  @Test
  void theBundledCatalogsOverrideNothing() {
    assertThat(Sizing.catalogOverrides(CLASSIC)).isEmpty();
    assertThat(Sizing.catalogOverrides(CatalogLoader.builtIn("asr-modernized"))).isEmpty();
  }

  @Test
  void aTierLimitTheCitedPageDoesNotGiveWarnsWithThePagesValue() {
    List<Tier> ps = new ArrayList<>(CLASSIC.processServerTiers());
    Tier medium = ps.get(1);
    ps.set(
        1,
        new Tier(
            medium.name(),
            medium.vcpus(),
            medium.sockets(),
            medium.coresPerSocket(),
            medium.memoryGiB(),
            medium.cacheDiskGiB(),
            medium.maxChurnGiBPerDay(),
            160,
            medium.source()));
    List<Finding> f = Sizing.catalogOverrides(with(ps, CLASSIC.managementServer()));
    assertThat(f)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.is(Rule.UNDOCUMENTED_LIMIT)).isTrue();
              assertThat(w.severity()).isEqualTo(Severity.WARNING);
              assertThat(w.message())
                  .contains("tier medium 160 machines")
                  .contains("which gives 150 machines")
                  .contains("vmware-azure-set-up-process-server-scale.md (2017)");
            });
  }

  @Test
  void aConfigurationServerLimitTheCitedPageDoesNotGiveWarnsInEveryPlan() {
    ManagementServer m = CLASSIC.managementServer();
    Catalog mine =
        with(
            CLASSIC.processServerTiers(),
            new ManagementServer(
                m.vcpus(), m.memoryGiB(), m.cacheDiskGiB(), 700, m.source(), m.alternatives()));
    Plan p = Sizing.plan(Workload.aggregate(220, 1536), mine, PlanOptions.defaults(), 0);
    assertThat(p.findings())
        .filteredOn(f -> f.is(Rule.UNDOCUMENTED_LIMIT))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.message())
                    .contains("limit to 700 machines")
                    .contains("550 (")
                    .contains("650 ("));
  }
}
