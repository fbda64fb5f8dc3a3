package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.WhatIfContext;
import org.junit.jupiter.api.Test;

class TimelineHtmlWriterTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  private static String html(double growthMachines, double growthChurn, int horizon) {
    PlanOptions options = PlanOptions.defaults();
    Timeline t =
        Timeline.compute(
            Workload.aggregate(220, 1536), CLASSIC, options, growthMachines, growthChurn, horizon);
    return TimelineHtmlWriter.toHtml(t, WhatIfContext.of(CLASSIC, options));
  }

  @Test
  void theSameTimelineGivesTheSameBytes() {
    assertThat(html(30, 25, 36)).isEqualTo(html(30, 25, 36));
  }

  @Test
  void showsTodayAndTheHorizonFirstThenTheChartWithItsEventsAndEveryMonth() {
    String html = html(30, 25, 36);

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "<h1>ASR growth timeline</h1>",
            "Today and at the horizon",
            "Changes",
            "Key assumptions",
            "id=\"chart-timeline\"",
            "role=\"img\" aria-label=\"Step chart",
            "class=\"event\"",
            "events-table",
            "process-server-added",
            "<summary>37 months</summary>")
        .endsWith("</html>\n");
  }

  @Test
  void aTimelineWithoutChangesSaysSo() {
    assertThat(html(0, 0, 12))
        .contains("The deployment of month 0 holds to month 12.")
        .contains("the deployment does not change")
        .contains("No change up to month 12.")
        .doesNotContain("events-table");
  }
}
