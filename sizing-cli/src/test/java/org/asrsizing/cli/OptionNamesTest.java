package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Setting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/** Every setting the core advises changing is worded as an option the command line has. */
class OptionNamesTest {

  @ParameterizedTest
  @EnumSource(Setting.class)
  void everySettingIsWordedAsAnOptionOfSomeCommandOrADocumentThatExists(Setting setting) {
    String wording = OptionNames.of(new Hint(setting, "servers")).split(" ")[0];

    if (wording.startsWith("--")) {
      assertThat(options(SizingCommand.commandLine())).contains(wording);
    } else {
      assertThat(Files.exists(root().resolve(wording))).as(wording).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void aMessageWithTheSettingsPhraseReadsTheOptionInItsPlace(Setting setting) {
    Hint hint = Hint.of(setting);

    assertThat(hint.reword("see " + hint.phrase() + ".", OptionNames.of(hint)))
        .isEqualTo("see " + OptionNames.of(hint) + ".");
  }

  @org.junit.jupiter.api.Test
  void thePlansAlternativeNamesThePreferenceOption() {
    Run json = Run.of("plan", "--machines", "250", "--churn", "0.3TB", "--format", "json");

    assertThat(json.out())
        .contains("\"message\" : \"alternative, fewest servers first (--prefer servers): ")
        .doesNotContain("\"hint\"");
  }

  private static Set<String> options(CommandLine cmd) {
    Set<String> names = new TreeSet<>();
    cmd.getCommandSpec().options().forEach(o -> names.addAll(Set.of(o.names())));
    cmd.getSubcommands().values().forEach(sub -> names.addAll(options(sub)));
    return names;
  }

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("docs")) ? here : here.getParent();
  }
}
