package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.junit.jupiter.api.Test;

/** One code path counts left-out machines and skipped rows for the table and the Markdown. */
class LeftOutRowsTest {

  private static final List<Finding> FINDINGS =
      List.of(
          new Finding(Rule.INVENTORY_EXCLUDED, Severity.INFO, "vm-1 left out: powered off", "x"),
          new Finding(Rule.INVENTORY_EXCLUDED, Severity.INFO, "vm-2 left out: powered off", "x"),
          new Finding(Rule.INVENTORY_SKIPPED, Severity.WARNING, "line 4 left out: bad churn", "x"),
          new Finding(Rule.SCALE_OUT_THRESHOLD, Severity.INFO, "no scale-out needed", "x"));

  @Test
  void theTableAndTheMarkdownCountTheSameGroups() {
    assertThat(LeftOutRows.table(FINDINGS, false))
        .isEqualTo(
            "\nLeft out of the inventory (counted by reason)\n"
                + "  count  what               reason\n"
                + "      2  machines left out  powered off\n"
                + "      1  row skipped        bad churn\n");
    assertThat(LeftOutRows.markdown(FINDINGS, false))
        .startsWith("\n## Left out of the inventory\n\n")
        .contains("| 2 | machines left out | powered off |", "| 1 | row skipped | bad churn |");
  }

  @Test
  void listingThemLeavesNoCountAndKeepsEveryFinding() {
    assertThat(LeftOutRows.table(FINDINGS, true)).isEmpty();
    assertThat(LeftOutRows.markdown(FINDINGS, true)).isEmpty();
    assertThat(LeftOutRows.listed(FINDINGS, true)).isEqualTo(FINDINGS);
    assertThat(LeftOutRows.listed(FINDINGS, false)).containsExactly(FINDINGS.get(3));
  }

  @Test
  void withoutLeftOutFindingsThereIsNoSection() {
    assertThat(LeftOutRows.table(FINDINGS.subList(3, 4), false)).isEmpty();
    assertThat(LeftOutRows.markdown(FINDINGS.subList(3, 4), false)).isEmpty();
  }
}
