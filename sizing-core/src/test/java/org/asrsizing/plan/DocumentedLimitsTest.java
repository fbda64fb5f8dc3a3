package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.asrsizing.rules.DocumentedLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentedLimitsTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  private static Plan planWithLimit(Integer limit) {
    return Planner.plan(
        Workload.aggregate(800, 4000), CLASSIC, new PlanOptions(0, 0, Preference.VCPUS, limit));
  }

  private static List<Finding> undocumented(Plan p) {
    return p.findings().stream().filter(f -> f.is(Rule.UNDOCUMENTED_LIMIT)).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {550, 650})
  void aDocumentedLimitGivesNoWarningAndCitesItsPage(int limit) {
    Plan p = planWithLimit(limit);
    assertThat(undocumented(p)).isEmpty();
    String page = limit == 550 ? "vmware-physical-large-deployment.md (2019)" : "(2021)";
    assertThat(p.findings())
        .filteredOn(f -> f.is(Rule.CONFIGURATION_SERVER_COUNT))
        .allSatisfy(f -> assertThat(f.source()).contains(page));
  }

  @ParameterizedTest
  @ValueSource(ints = {549, 551, 649, 651, 700})
  void anUndocumentedLimitIsUsedButWarnsWithTheDocumentedValuesAndPages(int limit) {
    Plan p = planWithLimit(limit);
    assertThat(undocumented(p))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .contains(limit + " machines")
                  .contains(
                      "550 (MicrosoftDocs/azure-docs articles/site-recovery/"
                          + "vmware-physical-large-deployment.md (2019)")
                  .contains(
                      "650 (MicrosoftDocs/azure-docs articles/site-recovery/"
                          + "site-recovery-plan-capacity-vmware.md (2021))");
            });
    assertThat(p.findings())
        .filteredOn(f -> f.is(Rule.CONFIGURATION_SERVER_COUNT))
        .allSatisfy(f -> assertThat(f.source()).startsWith("assumption"));
  }

  @ParameterizedTest
  @ValueSource(ints = {700})
  void theWarningIsGivenOnceWithSpares(int limit) {
    Plan p =
        Planner.plan(
            Workload.aggregate(800, 4000),
            CLASSIC,
            new PlanOptions(0, 0, Preference.VCPUS, limit).withSpares(1, 0));
    assertThat(undocumented(p)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {0})
  void noLimitOrACatalogWithoutManagementServerGivesNoWarning(int unused) {
    assertThat(DocumentedLimits.configurationServerLimit(CLASSIC, null)).isEmpty();
    assertThat(
            DocumentedLimits.configurationServerLimit(CatalogLoader.builtIn("asr-modernized"), 700))
        .isEmpty();
  }
}
