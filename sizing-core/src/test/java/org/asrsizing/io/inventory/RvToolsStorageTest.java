package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an RVTools export's storage in use comes from: vPartition's consumed space, else vInfo's In
 * Use, else its Provisioned size with a warning; none is required when another is there.
 */
class RvToolsStorageTest {

  @TempDir Path dir;

  private Path export(String info, String partitions) throws IOException {
    Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), info);
    if (partitions != null) {
      Files.writeString(dir.resolve("RVTools_tabvPartition.csv"), partitions);
    }
    return dir;
  }

  private static final String PARTITIONS =
      "VM,Disk,Capacity MiB,Consumed MiB\nweb01,C:\\,40960,20480\nweb01,D:\\,40960,10240\n";

  @Test
  void partitionsAloneAreEnoughWithoutInUseOrProvisionedColumns() throws IOException {
    Path folder = export("VM,Powerstate\nweb01,poweredOn\n", PARTITIONS);

    Inventory inv = Inventories.read(folder, null, ReadOptions.defaults());

    // 30,720 MiB consumed = 30 GiB, 5 % a day
    assertThat(inv.machines()).extracting(Machine::churnGiBPerDay).containsExactly(1.5);
    assertThat(inv.storageGiB()).containsEntry("web01", 30.0);
  }

  @Test
  void aMachineThatNoColumnSizesIsAnErrorNamingItsRow() throws IOException {
    Path folder = export("VM,Powerstate\nweb01,poweredOn\ndb01,poweredOn\n", PARTITIONS);

    assertThatThrownBy(() -> Inventories.read(folder, null, ReadOptions.defaults()))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("In Use MiB");
  }

  @Test
  void provisionedSizesMachinesWithoutInUseAndSaysSoOnce() throws IOException {
    Path folder =
        export(
            "VM,Powerstate,Provisioned MB\nweb01,poweredOn,1\ndb01,poweredOn,614400\n"
                + "app01,poweredOn,102400\nold01,poweredOff,40960\n",
            PARTITIONS);

    Inventory inv = Inventories.read(folder, null, ReadOptions.defaults());

    assertThat(inv.machines())
        .extracting(Machine::name, Machine::churnGiBPerDay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("web01", 1.5),
            org.assertj.core.groups.Tuple.tuple("db01", 30.0),
            org.assertj.core.groups.Tuple.tuple("app01", 5.0));
    assertThat(inv.warnings())
        .filteredOn(w -> w.contains("provisioned size"))
        .containsExactly(
            "2 machines (db01, app01) have neither partitions in vPartition nor a storage in use"
                + " in vInfo: their provisioned size is taken, which overstates the churn of"
                + " thin-provisioned disks");
  }

  @Test
  void inUseComesBeforeProvisioned() throws IOException {
    Path folder =
        export("VM,Powerstate,Provisioned MiB,In Use MiB\ndb01,poweredOn,614400,204800\n", null);

    Inventory inv = Inventories.read(folder, null, ReadOptions.defaults());

    assertThat(inv.machines().get(0).churnGiBPerDay()).isEqualTo(10.0);
    assertThat(inv.warnings()).noneMatch(w -> w.contains("provisioned size"));
  }

  @Test
  void withNoStorageAnywhereTheHeaderErrorNamesEveryColumnItAccepts() throws IOException {
    Path folder = export("VM,Powerstate\nweb01,poweredOn\n", null);

    assertThatThrownBy(() -> Inventories.read(folder, null, ReadOptions.defaults()))
        .hasMessageContaining("In Use MiB or In Use MB or Provisioned MiB or Provisioned MB");
  }
}
