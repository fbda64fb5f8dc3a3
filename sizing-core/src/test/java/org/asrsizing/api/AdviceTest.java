package org.asrsizing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.PlanJsonWriter;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.io.inventory.ReadOptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.InputFileException;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Setting;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder reads advice in neutral words with the setting as a value, never a command-line flag;
 * the command line words the same hint as its option.
 */
class AdviceTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  @TempDir Path dir;

  @Test
  void theAlternativeNamesThePreferenceAsASettingWithItsValue() {
    // Three small process servers use the fewest vCPUs; two medium ones are fewer servers.
    Plan plan =
        Sizing.plan(Workload.aggregate(250, 0.3 * 1024), CLASSIC, PlanOptions.defaults(), 0);

    Finding alternative =
        plan.findings().stream().filter(f -> f.is(Rule.ALTERNATIVE)).findFirst().orElseThrow();

    assertThat(alternative.hint()).isEqualTo(new Hint(Setting.PREFERENCE, "servers"));
    assertThat(alternative.message())
        .startsWith("alternative, fewest servers first (preference servers): ")
        .doesNotContain("--");
    assertThat(PlanJsonWriter.toJson(plan))
        .contains("\"setting\" : \"PREFERENCE\"", "\"value\" : \"servers\"");
  }

  @Test
  void aWordedFindingNamesTheOptionInPlaceOfThePhraseAndKeepsNoHint() {
    Hint hint = new Hint(Setting.PREFERENCE, "servers");
    Finding f =
        new Finding(
            Rule.ALTERNATIVE, Rule.ALTERNATIVE.severity(), "x (preference servers): y", "", hint);

    Finding worded = f.worded(h -> "--prefer " + h.value());

    assertThat(worded.message()).isEqualTo("x (--prefer servers): y");
    assertThat(worded.hint()).isNull();
    assertThat(new Finding(Rule.ALTERNATIVE, Rule.ALTERNATIVE.severity(), "m", "").worded(h -> "z"))
        .isEqualTo(new Finding(Rule.ALTERNATIVE, Rule.ALTERNATIVE.severity(), "m", ""));
  }

  @Test
  void rewordingReplacesTheLastOccurrenceOnly() {
    Hint catalog = Hint.of(Setting.CATALOG);

    assertThat(catalog.reword("the catalog setting is wrong; set the catalog setting", "--catalog"))
        .isEqualTo("the catalog setting is wrong; set --catalog");
    assertThat(catalog.reword("no phrase here", "--catalog")).isEqualTo("no phrase here");
  }

  @Test
  void anInventoryOfNoKnownFormatAdvisesChoosingTheFormat() throws IOException {
    Path file = dir.resolve("mystery.txt");
    Files.writeString(file, "a,b\n1,2\n");

    InputFileException e =
        catchThrowableOfType(
            () -> Sizing.read(file, ReadOptions.defaults()), InputFileException.class);

    assertThat(e.hint()).isEqualTo(Hint.of(Setting.INVENTORY_FORMAT));
    assertThat(e.getMessage())
        .contains("choose one with the inventory format setting (native-csv")
        .doesNotContain("--");
  }

  @Test
  void aDeploymentWithoutChurnAdvisesGivingAnInventory() throws IOException {
    Path file = dir.resolve("deployment.json");
    Files.writeString(
        file,
        "{\"configurationServers\":[{\"id\":\"cs-1\",\"tier\":\"large\",\"replicates\":true,"
            + "\"assignedMachines\":[\"vm1\"]}]}");

    InputFileException e =
        catchThrowableOfType(() -> Sizing.deployment(file), InputFileException.class);

    assertThat(e.hint()).isEqualTo(Hint.of(Setting.INVENTORY));
    assertThat(e.getMessage())
        .endsWith(
            "has no churn; give assignedChurnGiBPerDay or the machines' churn with the"
                + " inventory setting")
        .doesNotContain("--");
  }

  @Test
  void anUnknownDeploymentFieldPointsAtTheDeploymentFormat() throws IOException {
    Path file = dir.resolve("deployment.json");
    Files.writeString(file, "{\"configurationServers\":[],\"colour\":\"blue\"}");

    InputFileException e =
        catchThrowableOfType(() -> Sizing.deployment(file), InputFileException.class);

    assertThat(e.hint()).isEqualTo(Hint.of(Setting.DEPLOYMENT_FORMAT));
    assertThat(e.getMessage())
        .contains("unknown field 'colour'", "see the deployment file format for the fields")
        .doesNotContain("docs/");
  }
}
