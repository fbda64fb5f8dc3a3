package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.asrsizing.model.Rule;
import org.junit.jupiter.api.Test;

/** docs/rules.md lists every rule id of the registry, and no other. */
class RuleIdsReferenceTest {

  private static final Path RULES = Markdown.root().resolve("docs/rules.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\|");

  @Test
  void theRulesReferenceListsEveryRuleIdOfTheRegistry() throws IOException {
    Set<String> documented = new TreeSet<>();
    String text = Files.readString(RULES);
    String section = text.substring(text.indexOf("## Rule ids"));
    for (String line : section.split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        documented.add(m.group(1));
      }
    }
    Set<String> ids =
        Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented).isEqualTo(ids);
  }
}
