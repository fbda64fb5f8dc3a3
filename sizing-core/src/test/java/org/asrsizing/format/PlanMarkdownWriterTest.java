package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.junit.jupiter.api.Test;

class PlanMarkdownWriterTest {

  private static final Plan PIPES =
      Planner.plan(
          Workload.of(List.of(Machine.of("big|db", 3000), Machine.of("web", 10))),
          CatalogLoader.builtIn("asr-classic"),
          PlanOptions.defaults());

  @Test
  void hasEverySectionInOrder() {
    String md = PlanMarkdownWriter.toMarkdown(SamplePlans.withAlternative());

    assertThat(md)
        .containsSubsequence(
            "# ASR sizing plan",
            "## Summary",
            "## Servers",
            "## Alternative",
            "--prefer servers",
            "## Not protectable",
            "## Findings",
            "## Assumptions");
  }

  @Test
  void theSummaryStartsWithWhatToBuyAndLeftOutMachinesAreCountedByReason() {
    org.asrsizing.model.Plan plan =
        SamplePlans.small()
            .withFindingsFirst(
                java.util.List.of(
                    new org.asrsizing.model.Finding(
                        org.asrsizing.model.Rule.INVENTORY_EXCLUDED,
                        org.asrsizing.model.Severity.INFO,
                        "a.csv line 2 (old1) left out: a template",
                        "")));
    String md =
        PlanMarkdownWriter.toMarkdown(
            plan, new PlanReportOptions(CatalogLoader.builtIn("asr-classic"), false));

    assertThat(md)
        .contains("| item | value |\n| --- | --- |\n| servers | ")
        .contains("| left out | 1 machine left out of the inventory, 0 invalid rows skipped |")
        .contains("## Left out of the inventory\n\n| count | what | reason |")
        .contains("| 1 | machine left out | a template |")
        .contains("| utilisation (%) | headroom (%) |")
        .doesNotContain("(old1)");
    assertThat(PlanMarkdownWriter.toMarkdown(plan, new PlanReportOptions(null, true)))
        .contains("(old1)")
        .doesNotContain("## Left out");
  }

  @Test
  void anInfeasiblePlanSaysSoAtTheTop() {
    assertThat(PlanMarkdownWriter.toMarkdown(PIPES))
        .startsWith("# ASR sizing plan\n\n**Infeasible:** 1 of 2 machines cannot be protected");
  }

  @Test
  void aPipeInACellIsEscapedSoTheRowKeepsItsColumns() {
    String md = PlanMarkdownWriter.toMarkdown(PIPES);

    assertThat(md).contains("| big\\|db | default | 3000 | changes 3000 GiB/day");
    for (String table : md.split("\n\n")) {
      List<String> rows = table.lines().filter(l -> l.startsWith("|")).toList();
      if (!rows.isEmpty()) {
        long columns = cellSeparators(rows.get(0));
        assertThat(rows).allSatisfy(r -> assertThat(cellSeparators(r)).isEqualTo(columns));
      }
    }
  }

  @Test
  void theSamePlanGivesTheSameBytes() {
    assertThat(PlanMarkdownWriter.toMarkdown(SamplePlans.mixed()))
        .isEqualTo(PlanMarkdownWriter.toMarkdown(SamplePlans.mixed()))
        .doesNotContain("\r");
  }

  /** Pipes that are not escaped with a backslash. */
  private static long cellSeparators(String row) {
    return row.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count();
  }
}
