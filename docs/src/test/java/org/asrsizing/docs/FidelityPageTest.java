package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.plan.Fidelity;
import org.junit.jupiter.api.Test;

/**
 * docs/fidelity.md holds, between its markers, the table {@link Fidelity} computes now: the page
 * cannot drift from the checks. {@code -Ddocs.update=true} rewrites it after a deliberate change.
 */
class FidelityPageTest {

  private static final Path PAGE = Markdown.root().resolve("docs/fidelity.md");
  private static final String BEGIN = "<!-- fidelity: asr-classic -->\n";
  private static final String END = "<!-- /fidelity -->";

  static String table(List<Fidelity.Check> checks) {
    StringBuilder sb = new StringBuilder();
    sb.append("| example | page | page's numbers | ours | verdict |\n|---|---|---|---|---|\n");
    for (Fidelity.Check c : checks) {
      String page = c.source().substring(c.source().lastIndexOf('/') + 1);
      sb.append("| ")
          .append(String.join(" | ", c.example(), page, c.published(), c.ours(), c.verdict()))
          .append(" |\n");
    }
    return sb.toString();
  }

  @Test
  void thePageIsTheTableOfTheChecks() throws IOException {
    String text = Files.readString(PAGE, StandardCharsets.UTF_8);
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    assertThat(from).as("marker " + BEGIN.strip() + " in " + PAGE).isNotNegative();
    assertThat(to).as("marker " + END + " in " + PAGE).isGreaterThan(from);
    String expected = table(Fidelity.of(CatalogLoader.builtIn("asr-classic")));
    String actual = text.substring(from + BEGIN.length(), to).strip() + "\n";
    if (Boolean.getBoolean("docs.update") && !actual.equals(expected)) {
      Files.writeString(
          PAGE,
          text.substring(0, from + BEGIN.length()) + "\n" + expected + "\n" + text.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual)
        .as("the table of " + PAGE + " (refresh with -Ddocs.update=true)")
        .isEqualTo(expected);
  }

  @Test
  void everyRowIsSameOrExplained() {
    assertThat(Fidelity.of(CatalogLoader.builtIn("asr-classic")))
        .allSatisfy(
            c ->
                assertThat(c.same() || c.verdict().contains("choice"))
                    .as(c.example() + ": " + c.verdict())
                    .isTrue());
  }
}
