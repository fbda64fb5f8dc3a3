package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each reader gives as the data a machine's initial replication copies. */
class InventoryStorageTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples", "inputs");

  @Test
  void nativeRowsGiveTheirSizeAndTheFirstRowOfANameCounts(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.csv");
    Files.writeString(
        file,
        "name,churnGiBPerDay,sizeGiB\n" + "a,10,300\n" + "b,20,\n" + "a,30,999\n" + "c,5,0.5\n");

    Inventory inv = Inventories.read(file, null, ReadOptions.defaults().withSkipInvalid(true));

    assertThat(inv.skipped()).hasSize(1);
    assertThat(inv.storageGiB()).containsOnly(entry("a", 300.0), entry("c", 0.5));
  }

  @Test
  void azureMigrateSumsTheSizesOfEachServersDisks() throws IOException {
    Inventory inv =
        Inventories.read(EXAMPLES.resolve("azure-migrate.csv"), null, ReadOptions.defaults());

    assertThat(inv.storageGiB())
        .containsEntry("web01.contoso.com", 128.0 + 256)
        .containsEntry("sql01.contoso.com", 128.0 + 1024 + 2048)
        .hasSize(inv.machines().size());
  }

  @Test
  void rvToolsTakesConsumedPartitionsElseStorageInUseAndOnlyForPlannedMachines()
      throws IOException {
    Inventory inv = Inventories.read(EXAMPLES.resolve("rvtools"), null, ReadOptions.defaults());

    // web01: vPartition 20,480 + 10,240 MiB; db01: vInfo In Use 512,000 MiB; old01 is off.
    assertThat(inv.storageGiB()).containsEntry("web01", 30.0).containsEntry("db01", 500.0);
    assertThat(inv.storageGiB()).doesNotContainKey("old01");
    assertThat(inv.storageGiB().keySet())
        .containsExactlyInAnyOrderElementsOf(
            inv.machines().stream().map(org.asrsizing.model.Machine::name).toList());
  }

  @Test
  void aProfileGivesNoSize() throws IOException {
    Inventory inv = Inventories.read(EXAMPLES.resolve("writes.csv"), null, ReadOptions.defaults());

    assertThat(inv.storageGiB()).isEmpty();
  }
}
