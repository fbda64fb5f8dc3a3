package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mistakes a new user makes: each is one sentence on stderr and an exit code, never a trace. */
class BadInputTest {

  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of(List.of("plan", "--machines", "10", "--churn", "banana"), "--churn"),
        Arguments.of(List.of("plan", "--machines", "10", "--churn", "-5GB"), "--churn"),
        Arguments.of(List.of("plan", "--machines", "10", "--churn", "5XB"), "--churn"),
        Arguments.of(List.of("plan", "--machines", "10", "--churn", "1,5TB"), "--churn"),
        Arguments.of(List.of("plan", "--machines", "0", "--churn", "1TB"), "--machines"),
        Arguments.of(List.of("plan", "--machines", "-3", "--churn", "1TB"), "--machines"),
        Arguments.of(List.of("plan", "--machines", "ten", "--churn", "1TB"), "--machines"),
        Arguments.of(List.of("plan", "--machines", "10"), "--churn"),
        Arguments.of(List.of("plan", "--churn", "1TB"), "--machines"),
        Arguments.of(List.of("plan"), "--example"),
        Arguments.of(List.of("plan", "--example", "--catalog", "nope"), "--catalog"),
        Arguments.of(List.of("plan", "--example", "--growth", "-1"), "--growth"),
        Arguments.of(List.of("plan", "--example", "--growth", "many"), "--growth"),
        Arguments.of(List.of("plan", "--example", "--headroom", "100"), "--headroom"),
        Arguments.of(List.of("plan", "--example", "--cs-limit", "100"), "--cs-limit"),
        Arguments.of(
            List.of("plan", "--example", "--catalog", "asr-modernized", "--cs-limit", "650"),
            "--cs-limit"),
        Arguments.of(List.of("plan", "--example", "--prefer", "cheap"), "--prefer"),
        Arguments.of(List.of("plan", "--example", "--format", "xml"), "--format"),
        Arguments.of(List.of("plan", "--example", "--frobnicate"), "--frobnicate"),
        Arguments.of(
            List.of("plan", "--example", "--output", "/no/such/folder/plan.txt"), "--output"),
        Arguments.of(List.of("tiers", "--catalog", "nope"), "--catalog"),
        Arguments.of(List.of(), "subcommand"));
  }

  @ParameterizedTest(name = "{0} exits 2 naming {1}")
  @MethodSource("badArguments")
  void badArgumentsExitWith2AndOneSentenceNamingTheOption(List<String> args, String named) {
    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertOneErrorLine(run);
    assertThat(run.err()).contains(named);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMalformedCatalogFileExitsWith4NamingTheFileAndField(@TempDir Path dir) throws Exception {
    Path file = Catalogs.classicWith(dir, "\"maxMachines\": 99", "\"maxMachines\": \"lots\"");

    Run run = Run.of("plan", "--example", "--catalog", file.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertOneErrorLine(run);
    assertThat(run.err())
        .contains(file.toString())
        .contains("configurationServerTiers[0].maxMachines");
  }

  @Test
  void anInconsistentCatalogFileExitsWith4NamingTheFileAndField(@TempDir Path dir)
      throws Exception {
    Path file = Catalogs.classicWith(dir, "\"maxMachines\": 85", "\"maxMachines\": 0");

    Run run = Run.of("tiers", "--catalog", file.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertOneErrorLine(run);
    assertThat(run.err())
        .contains(file.toString())
        .contains("processServerTiers[0].maxMachines")
        .contains("greater than 0");
  }

  @Test
  void aCatalogFileThatIsNotJsonExitsWith4(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("catalog.json");
    java.nio.file.Files.writeString(file, "{ \"id\": ");

    Run run = Run.of("tiers", "--catalog", file.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertOneErrorLine(run);
    assertThat(run.err()).contains(file.toString()).contains("not valid JSON");
  }

  private static void assertOneErrorLine(Run run) {
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("sizing: ");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
