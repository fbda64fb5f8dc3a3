package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.model.BootType;
import org.asrsizing.model.Disk;
import org.asrsizing.model.MachineProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How each reader gives a machine's boot type, Secure Boot and its disks' sector size, and says
 * once when the inventory has no column for them.
 */
class BootAndSectorReaderTest {

  @TempDir Path dir;

  private static final String NOT_CHECKED_BOOT =
      "the boot type (UEFI rules, operating system disk size by generation) of the machines was"
          + " not checked against the support matrix: the inventory has no ";

  private Inventory read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return Inventories.read(file, null, ReadOptions.defaults());
  }

  @Test
  void aNativeYamlGivesBootSecureBootAndSectorSizes() throws IOException {
    Inventory inv =
        read(
            "m.yaml",
            """
            machines:
              - name: web01
                churnGiBPerDay: 10
                boot: efi
                secureBoot: true
                disks:
                  - {sizeGiB: 64, os: true, sectorBytes: 512}
                  - {sizeGiB: 100, sectorBytes: 4096}
              - name: db01
                churnGiBPerDay: 5
                firmware: BIOS
            """);

    assertThat(inv.machines().get(0).profile())
        .isEqualTo(
            new MachineProfile(
                null,
                java.util.List.of(
                    new Disk(64.0, null, null, true, 512),
                    new Disk(100.0, null, null, false, 4096)),
                BootType.UEFI,
                true));
    assertThat(inv.machines().get(1).profile().boot()).isEqualTo(BootType.BIOS);
    assertThat(inv.assumptions()).noneMatch(a -> a.startsWith(NOT_CHECKED_BOOT));
    assertThat(inv.assumptions()).noneMatch(a -> a.contains("sector size of the disks"));
  }

  @Test
  void aNativeCsvWithoutABootColumnSaysSoOnce() throws IOException {
    Inventory inv = read("m.csv", "name,churnGiBPerDay\nweb01,10\ndb01,5\n");

    assertThat(inv.assumptions())
        .filteredOn(a -> a.startsWith(NOT_CHECKED_BOOT))
        .containsExactly(NOT_CHECKED_BOOT + "column boot");
  }

  @Test
  void aDiskListWithoutSectorSizesSaysSoOnce() throws IOException {
    Inventory inv =
        read(
            "m.json",
            "{\"machines\": [{\"name\": \"a\", \"churnGiBPerDay\": 1, \"disks\": [{\"sizeGiB\": 9}]},"
                + " {\"name\": \"b\", \"churnGiBPerDay\": 1, \"disks\": [{\"sizeGiB\": 9}]}]}");

    assertThat(inv.assumptions())
        .filteredOn(a -> a.contains("sector size of the disks"))
        .singleElement()
        .satisfies(a -> assertThat(a).endsWith("the inventory has no disks' field sectorBytes"));
  }

  @Test
  void aBootTypeThatIsNeitherBiosNorUefiIsAnErrorNamingLineAndColumn() throws IOException {
    Path file = dir.resolve("m.csv");
    Files.writeString(file, "name,churnGiBPerDay,boot\nweb01,10,uefi\ndb01,5,coreboot\n");

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("boot")
        .hasMessageContaining("\"coreboot\" is not a boot type");
  }

  @Test
  void rvToolsGivesFirmwareAndSecureBootFromVInfo() throws IOException {
    Path folder = dir.resolve("rv");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("RVTools_tabvInfo.csv"),
        "VM,Powerstate,In Use MiB,Firmware,EFI Secure boot\n"
            + "web01,poweredOn,10240,efi,True\ndb01,poweredOn,10240,bios,False\n");

    Inventory inv = Inventories.read(folder, null, ReadOptions.defaults());

    assertThat(inv.machines())
        .extracting(m -> m.profile().boot(), m -> m.profile().secureBoot())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BootType.UEFI, true),
            org.assertj.core.groups.Tuple.tuple(BootType.BIOS, false));
    assertThat(inv.assumptions()).noneMatch(a -> a.startsWith(NOT_CHECKED_BOOT));
  }

  @Test
  void rvToolsWithoutFirmwareSaysSoOnce() throws IOException {
    Path folder = dir.resolve("rv");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("RVTools_tabvInfo.csv"),
        "VM,Powerstate,In Use MiB\nweb01,poweredOn,10240\ndb01,poweredOn,10240\n");

    assertThat(Inventories.read(folder, null, ReadOptions.defaults()).assumptions())
        .filteredOn(a -> a.startsWith(NOT_CHECKED_BOOT))
        .containsExactly(NOT_CHECKED_BOOT + "vInfo column Firmware");
  }
}
