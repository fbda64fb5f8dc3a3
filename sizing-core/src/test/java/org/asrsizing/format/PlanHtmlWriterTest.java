package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

class PlanHtmlWriterTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  private static final String SCRIPT = "<script>alert(1)</script>";

  @Test
  void theSamePlanGivesTheSameBytes() {
    for (SamplePlans.Named sample : SamplePlans.all()) {
      assertThat(PlanHtmlWriter.toHtml(sample.plan(), CLASSIC))
          .as(sample.name())
          .isEqualTo(PlanHtmlWriter.toHtml(sample.plan(), CLASSIC));
    }
    assertThat(PlanHtmlWriter.toHtml(SamplePlans.mixed(), CLASSIC))
        .isEqualTo(PlanHtmlWriter.toHtml(SamplePlans.mixed(), CLASSIC));
  }

  @Test
  void aMachineNamedLikeAScriptIsText() {
    Plan plan =
        Planner.plan(
            Workload.of(List.of(Machine.of(SCRIPT, 10), Machine.of("\"onload=\"x", 3000))),
            CLASSIC,
            PlanOptions.defaults());

    String html = PlanHtmlWriter.toHtml(plan, CLASSIC);

    assertThat(html)
        .doesNotContain(SCRIPT)
        .doesNotContain("\"onload=\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;onload=&quot;x");
    // The report's own script is its only one.
    assertThat(html.split("<script>", -1)).hasSize(2);
  }

  @Test
  void theFirstScreenSaysWhatToBuyTheBoundTheRisksAndTheAssumptions() {
    String html = PlanHtmlWriter.toHtml(SamplePlans.mixed(), CLASSIC);

    assertThat(html)
        .containsSubsequence(
            "<h1>ASR sizing plan</h1>",
            "Infeasible: 1 of 8 machines cannot be protected",
            "<h2>What to buy</h2>",
            "Lower bound and gap",
            "Risks",
            "not protectable",
            "Key assumptions",
            "asr-classic 2021.1",
            "<h2>Charts</h2>",
            "<h2>Servers</h2>",
            "<h2>Alternative</h2>",
            "<h2>Not protectable</h2>",
            "<h2>Machine assignment</h2>",
            "<h2>Findings</h2>",
            "<h2>Assumptions</h2>");
  }

  @Test
  void everyChartHasATextAlternativeAndATable() {
    String html = PlanHtmlWriter.toHtml(SamplePlans.scaleOut(), CLASSIC);

    for (String chart : List.of("chart-utilisation", "chart-tier-mix", "chart-churn")) {
      assertThat(html).contains("id=\"" + chart + "\"");
    }
    assertThat(html.split("<svg ", -1)).hasSize(4);
    assertThat(html.split("role=\"img\" aria-label=\"", -1)).hasSize(4);
    assertThat(html.split("<title>", -1)).hasSize(5);
    assertThat(html).contains("utilisation-table", "tier-mix-table", "churn-table");
  }

  @Test
  void utilisationIsAgainstThePublishedLimitWithTheHeadroomLine() {
    Plan plan =
        Planner.plan(Workload.aggregate(180, 1600), CLASSIC, new PlanOptions(0, 20, null, null));
    PlannedServer server = plan.processServers().get(0);
    PublishedLimit limit = PublishedLimit.of(server, CLASSIC, plan.assumptions());

    assertThat(limit.fromCatalog()).isTrue();
    assertThat(limit.machines()).isIn(85, 150, 225);
    assertThat(limit.machinePercent(server))
        .isCloseTo(
            100.0 * server.machines() / limit.machines(),
            org.assertj.core.data.Offset.offset(1e-9));
    String html = PlanHtmlWriter.toHtml(plan, CLASSIC);
    assertThat(html).contains("class=\"headroom\"").contains("headroom line (80 %)");
  }

  @Test
  void withAnotherCatalogThePlannedLimitsAreScaledBackUp() {
    Plan plan = SamplePlans.grownWithHeadroom();
    Catalog other = CatalogLoader.builtIn("asr-modernized");
    PlannedServer server = plan.configurationServers().get(0);

    PublishedLimit limit = PublishedLimit.of(server, other, plan.assumptions());

    assertThat(limit.fromCatalog()).isFalse();
    assertThat(PlanHtmlWriter.toHtml(plan, other)).contains("scaled back up by the headroom");
    assertThat(PlanHtmlWriter.toHtml(plan, null)).contains("scaled back up by the headroom");
  }

  @Test
  void nothingIsFetchedAndThePageHasAPrintStylesheet() {
    String html = PlanHtmlWriter.toHtml(SamplePlans.mixed(), CLASSIC);

    // Links to the sources' public pages are followed only when clicked; nothing else names an
    // address.
    assertThat(html).contains("<a href=\"https://learn.microsoft.com/azure/site-recovery/");
    String fetched =
        html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
            .replaceAll("<a href=\"https://[^\"<>]*\">", "<a>");
    assertThat(fetched)
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("<link")
        .doesNotContain(" src=")
        .doesNotContain("url(");
    // The sample has a machine named @import: as text it fetches nothing; the stylesheet must not.
    String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
    assertThat(style).doesNotContain("@import").doesNotContain("@font-face");
    assertThat(html)
        // no page size: the reader's paper (A4 or Letter, both printed by HtmlReportIT)
        .contains("@page { margin: 12mm; }")
        .doesNotContain("size: A4")
        .contains("thead { display: table-header-group; }")
        .contains("break-inside: avoid");
  }

  @Test
  void longListsAreCollapsedBehindTheirCount() {
    String html = PlanHtmlWriter.toHtml(SamplePlans.withAlternative(), CLASSIC);

    assertThat(html).contains("<details><summary>250 machines and the server each is on</summary>");
  }
}
