package org.asrsizing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.io.inventory.ReadOptions;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.InputFileException;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.plan.PlannerHabits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizingTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  private static final OperateOptions REBALANCE =
      new OperateOptions(
          0, null, java.util.Set.of(), 0, org.asrsizing.operate.OperateMode.REBALANCE);

  @TempDir Path dir;

  @Test
  void anInventorysPlanCarriesTheInventorysFindingsBeforeThePlans() throws IOException {
    Path csv = dir.resolve("machines.csv");
    Files.writeString(csv, "name,churn,disks\nweb01,120GB,2\nweb02,oops,1\ndb01,0.5TB,70\n");
    Inventory inventory = Sizing.read(csv, ReadOptions.defaults().withSkipInvalid(true));

    Plan plan = Sizing.plan(inventory, CLASSIC, PlanOptions.defaults(), 0);

    Plan alone =
        PlannerHabits.withMarginFinding(
            Planner.plan(inventory.workload(), CLASSIC, PlanOptions.defaults()),
            inventory.workload(),
            CLASSIC,
            PlanOptions.defaults());
    assertThat(inventory.findings()).isNotEmpty();
    assertThat(plan.findings())
        .startsWith(inventory.findings().toArray(new org.asrsizing.model.Finding[0]))
        .endsWith(alone.findings().toArray(new org.asrsizing.model.Finding[0]))
        .hasSize(inventory.findings().size() + alone.findings().size());
    assertThat(plan.processServers()).isEqualTo(alone.processServers());
  }

  @Test
  void oneSpareIsThePlannersSurvivablePlan() {
    Workload w = Workload.aggregate(400, 2048);
    PlanOptions options = PlanOptions.defaults();

    Plan plan = Sizing.plan(w, CLASSIC, options, 1);

    PlanOptions spare = options.withSpares(1, 0);
    assertThat(plan)
        .isEqualTo(
            PlannerHabits.withMarginFinding(Planner.plan(w, CLASSIC, spare), w, CLASSIC, spare));
    int n = Sizing.plan(w, CLASSIC, options, 0).summary().vcpus();
    // Survival costs something here, and less than a large spare beside the 2 large servers.
    assertThat(plan.summary().vcpus()).isGreaterThan(n).isLessThan(n + 12);
  }

  @Test
  void sparesOtherThanZeroToThreeAreRefusedWithASentence() {
    assertThatThrownBy(
            () -> Sizing.plan(Workload.aggregate(10, 10), CLASSIC, PlanOptions.defaults(), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spares must be a whole number from 0 to 3, not 4");
  }

  @Test
  void aFreshPlanOperatedNeedsNoMoves() {
    Plan plan = Sizing.plan(Workload.aggregate(300, 2500), CLASSIC, PlanOptions.defaults(), 0);

    Rebalance r =
        Sizing.operate(
            CurrentDeployment.of(plan),
            CLASSIC,
            new OperateOptions(
                0, null, java.util.Set.of(), 0, org.asrsizing.operate.OperateMode.REBALANCE));

    assertThat(r.moves()).isEmpty();
  }

  @Test
  void aCatalogIsFoundByItsBuiltInNameOrAsAFile() throws IOException {
    assertThat(Sizing.catalog("asr-modernized")).isEqualTo(CatalogLoader.builtIn("asr-modernized"));
    Path file = dir.resolve("mine.json");
    try (var in = Sizing.class.getResourceAsStream("/org/asrsizing/catalog/asr-classic.json")) {
      Files.copy(in, file);
    }
    assertThat(Sizing.catalog(file.toString())).isEqualTo(CLASSIC);
  }

  @Test
  void aCatalogThatIsNeitherIsAnInputFileExceptionWithOneSentence() {
    assertThatThrownBy(() -> Sizing.catalog("asr-nonesuch"))
        .isInstanceOf(InputFileException.class)
        .hasMessage(
            "catalog 'asr-nonesuch' is neither a built-in catalog (asr-classic, asr-modernized)"
                + " nor an existing file");
  }

  @Test
  void aDeploymentFileIsReadWithItsServersAndMachines() throws IOException {
    Path file = dir.resolve("deployment.yaml");
    Files.writeString(
        file,
        """
        catalog: asr-classic
        configurationServers:
          - id: cs-1
        processServers:
          - id: ps-a
            tier: small
            assignedMachines: [app-01, app-02]
            assignedChurnGiBPerDay: [20, 35]
        """);

    CurrentDeployment deployment = Sizing.deployment(file);
    Rebalance r = Sizing.operate(deployment, CLASSIC, REBALANCE);

    assertThat(deployment.machines()).extracting(m -> m.name()).containsExactly("app-01", "app-02");
    assertThat(r.moves()).isEmpty();
  }

  @Test
  void aBrokenDeploymentFileIsAnInputFileExceptionNamingTheFile() throws IOException {
    Path file = dir.resolve("deployment.json");
    Files.writeString(file, "{\"processServers\": [}");

    assertThatThrownBy(() -> Sizing.deployment(file))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining(file.toString());
  }
}
