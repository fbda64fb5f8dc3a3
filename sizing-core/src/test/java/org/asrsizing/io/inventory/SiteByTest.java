package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine's site from the column the site setting names, in every format that has columns. */
class SiteByTest {

  private static final Path RVTOOLS = Path.of("..", "docs", "examples", "inputs", "rvtools");

  @TempDir Path dir;

  @Test
  void rvToolsSitesByClusterFolderOrHostInsteadOfDatacenter() {
    Inventory byDatacenter = Inventories.read(RVTOOLS, null, ReadOptions.defaults());
    Inventory byCluster =
        Inventories.read(RVTOOLS, null, ReadOptions.defaults().withSiteBy("cluster"));

    assertThat(byDatacenter.machines())
        .extracting(Machine::site)
        .containsExactly("DC-London", "DC-London", "DC-Paris");
    assertThat(byCluster.machines()).extracting(Machine::site).containsExactly("CL1", "CL1", "CL2");
    assertThat(byCluster.assumptions()).contains("a machine's site is its vInfo Cluster");
  }

  @Test
  void aNamedColumnTheFileDoesNotHaveIsAnErrorWithTheSettingToChange() {
    assertThatThrownBy(
            () -> Inventories.read(RVTOOLS, null, ReadOptions.defaults().withSiteBy("Zone")))
        .isInstanceOf(InventoryException.class)
        .hasMessageEndingWith("the header has no column Zone, which the site setting names")
        .satisfies(
            e -> assertThat(((InventoryException) e).hint().setting()).isEqualTo(Setting.SITE_BY));
  }

  @Test
  void nativeCsvAndYamlTakeAnyColumnOrFieldAndDoNotCallItUnused() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("m.csv"), "name,churnGiBPerDay,site,zone\na,1,x,dmz\nb,2,x,pci\n");
    Path yaml =
        Files.writeString(
            dir.resolve("m.yaml"),
            "machines:\n  - name: a\n    churnGiBPerDay: 1\n    zone: dmz\n");

    Inventory fromCsv = Inventories.read(csv, null, ReadOptions.defaults().withSiteBy("zone"));
    Inventory fromYaml = Inventories.read(yaml, null, ReadOptions.defaults().withSiteBy("zone"));

    assertThat(fromCsv.machines()).extracting(Machine::site).containsExactly("dmz", "pci");
    assertThat(fromYaml.machines()).extracting(Machine::site).containsExactly("dmz");
    assertThat(fromCsv.assumptions()).noneMatch(a -> a.contains("zone"));
    assertThat(fromYaml.assumptions()).noneMatch(a -> a.contains("zone"));
  }

  @Test
  void azureMigrateHasNoSiteUnlessAColumnIsNamed() throws IOException {
    Path file = Path.of("..", "docs", "examples", "inputs", "azure-migrate.csv");

    Inventory plain = Inventories.read(file, null, ReadOptions.defaults());
    Inventory byHost = Inventories.read(file, null, ReadOptions.defaults().withSiteBy("VM host"));

    assertThat(plain.machines()).extracting(Machine::site).containsOnly(Machine.DEFAULT_SITE);
    assertThat(byHost.machines()).extracting(Machine::site).contains("esx01");
  }
}
