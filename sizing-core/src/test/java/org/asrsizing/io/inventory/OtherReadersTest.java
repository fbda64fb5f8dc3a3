package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden files of the Azure Migrate, RVTools and profile formats. */
class OtherReadersTest {

  private static final double MBPS_TO_GIB_PER_DAY = 86400.0 / 1024;

  @TempDir Path dir;

  @Test
  void azureMigrateChurnIsTheSumOfTheDisksWriteThroughputAndDisk1IsTheOsDisk() {
    Inventory inventory = Golden.read("azure-migrate/servers.csv");

    assertThat(inventory.format()).isEqualTo(InventoryFormat.AZURE_MIGRATE);
    assertThat(inventory.machines().stream().map(m -> m.withProfile(null)))
        .containsExactly(
            new Machine("web01.contoso.com", 2 * MBPS_TO_GIB_PER_DAY, 1, null, null, null),
            new Machine("sql01.contoso.com", 8 * MBPS_TO_GIB_PER_DAY, 2, null, null, null),
            new Machine("file01.contoso.com", 2.5 * MBPS_TO_GIB_PER_DAY, 3, null, null, null),
            new Machine("app01.contoso.com", 0.25 * MBPS_TO_GIB_PER_DAY, 0, null, null, null),
            new Machine("big01.contoso.com", 25 * MBPS_TO_GIB_PER_DAY, 0, null, null, null));
    // The disks' limits are the compatibility rules' to check, from the catalog: the reader only
    // reads the operating system and every disk's size, write rate and read + write operations.
    assertThat(inventory.warnings()).isEmpty();
    assertThat(inventory.machines().get(0).profile())
        .isEqualTo(
            new org.asrsizing.model.MachineProfile(
                "Windows Server 2019",
                List.of(
                    new org.asrsizing.model.Disk(128.0, 0.5, 60.0, true),
                    new org.asrsizing.model.Disk(256.0, 1.5, 60.0, false)),
                org.asrsizing.model.BootType.BIOS,
                null));
  }

  @Test
  void azureMigrateServerWithoutAnyWriteThroughputIsInvalid() throws IOException {
    Path file = dir.resolve("import.csv");
    Files.writeString(
        file,
        "*Server name,*Cores,*Memory (In MB),Disk 1 size (In GB),Disk 1 write throughput (MB per"
            + " second)\na,2,4096,100,\n");

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .hasMessage(
            "inventory "
                + file
                + " line 2 column Disk 1 write throughput (MB per second): is empty; expected the"
                + " write throughput in MB per second of the server's disks or in total");
  }

  static final List<Machine> RVTOOLS =
      List.of(
          // 30 GiB consumed in its partitions (vPartition), 5 % a day; 2 disks, the first the OS's
          new Machine("web01", 1.5, 1, "DC-London", null, null)
              .withProfile(profile("Microsoft Windows Server 2019 (64-bit)", 40, 40)),
          // no partitions listed: In Use 500 GiB (vInfo)
          new Machine("db01", 25, 2, "DC-London", null, null)
              .withProfile(profile("Microsoft Windows Server 2016 (64-bit)", 100, 300, 200)),
          // no vDisk rows: vInfo Disks 1
          new Machine("file01", 51.2, 0, "DC-Paris", null, null)
              .withProfile(profile("Ubuntu Linux (64-bit)")));

  /** The operating system and the disk sizes (GiB) of vDisk, the first the OS disk. */
  static org.asrsizing.model.MachineProfile profile(String os, double... sizes) {
    List<org.asrsizing.model.Disk> disks = new java.util.ArrayList<>();
    for (double size : sizes) {
      disks.add(new org.asrsizing.model.Disk(size, null, null, disks.isEmpty()));
    }
    return new org.asrsizing.model.MachineProfile(os, disks);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rvtools/mib", "rvtools/mb"})
  void bothRvToolsHeaderGenerationsReadAsTheSameMachines(String folder) {
    Inventory inventory = Golden.read(folder);

    assertThat(inventory.format()).isEqualTo(InventoryFormat.RVTOOLS_CSV);
    assertThat(inventory.machines()).containsExactlyElementsOf(RVTOOLS);
    assertThat(inventory.excluded())
        .extracting(LeftOut::machine, LeftOut::reason)
        .containsExactly(
            tuple("old01", "not powered on (poweredOff); including powered-off machines keeps it"),
            tuple("tmpl01", "a template; including powered-off machines keeps it"),
            tuple("app01", "not powered on (suspended); including powered-off machines keeps it"));
    assertThat(inventory.warnings().get(0))
        .isEqualTo(
            "RVTools has no churn: each machine's daily churn is estimated as 5 % of its storage"
                + " in use (the change rate setting); profile the machines for a real figure");
  }

  @Test
  void theOldMbColumnsAreSaidToHoldMiB() {
    assertThat(Golden.read("rvtools/mb").assumptions())
        .anyMatch(a -> a.contains("In Use MB, which older RVTools versions fill with MiB"));
  }

  @Test
  void anRvToolsFileInTheFolderNamesTheFolder() {
    Inventory inventory = Golden.read("rvtools/mib/RVTools_tabvInfo.csv");

    assertThat(inventory.format()).isEqualTo(InventoryFormat.RVTOOLS_CSV);
    assertThat(inventory.machines()).containsExactlyElementsOf(RVTOOLS);
  }

  @Test
  void poweredOffMachinesAndTemplatesAreKeptOnRequestAndTheChangeRateApplies() {
    Inventory inventory =
        Golden.read(
            "rvtools/mib",
            ReadOptions.defaults().withIncludePoweredOff(true).withChangeRatePercent(10));

    assertThat(inventory.excluded()).isEmpty();
    assertThat(inventory.machines())
        .extracting(Machine::name, Machine::churnGiBPerDay)
        .containsExactly(
            tuple("web01", 3.0),
            tuple("db01", 50.0),
            tuple("old01", 1.0),
            tuple("tmpl01", 0.8),
            tuple("file01", 102.4),
            tuple("app01", 4.0));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rvtools/mib", "rvtools/mb"})
  void theRvToolsWorkbookReadsLikeItsCsvExport(String folder) throws IOException {
    Path xlsx =
        XlsxFromCsv.write(
            Golden.file(folder),
            dir.resolve("export.xlsx"),
            List.of("vInfo", "vDisk", "vPartition"));

    Inventory inventory = Inventories.read(xlsx, null, ReadOptions.defaults());

    assertThat(inventory.format()).isEqualTo(InventoryFormat.RVTOOLS);
    assertThat(inventory.machines()).containsExactlyElementsOf(RVTOOLS);
    assertThat(inventory.excluded())
        .extracting(LeftOut::location)
        .containsExactly(
            xlsx + " sheet vInfo row 4", xlsx + " sheet vInfo row 5", xlsx + " sheet vInfo row 7");
  }

  @Test
  void aBadCellOfTheWorkbookNamesTheSheetRowAndColumn() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("bad"));
    Files.writeString(
        folder.resolve("RVTools_tabvInfo.csv"),
        "VM,Powerstate,Template,Disks,In Use MiB\na,poweredOn,False,1,100\nb,poweredOn,False,1,lots\n");
    Path xlsx = XlsxFromCsv.write(folder, dir.resolve("bad.xlsx"), List.of("vInfo"));

    assertThatThrownBy(() -> Inventories.read(xlsx, null, ReadOptions.defaults()))
        .hasMessage(
            "inventory "
                + xlsx
                + " sheet vInfo row 3 column In Use MiB: 'lots' is not a number of MiB");
  }

  @Test
  void aFileThatIsNotAWorkbookIsOneSentence() throws IOException {
    Path xlsx = Files.writeString(dir.resolve("not.xlsx"), "name,churn\na,1\n");

    assertThatThrownBy(() -> Inventories.read(xlsx, null, ReadOptions.defaults()))
        .isInstanceOf(InventoryException.class)
        .hasMessageStartingWith(
            "inventory " + xlsx + " cannot be read: it is not an xlsx workbook");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"profile/writes.csv", "profile/writes-kbps.csv"})
  void profiledChurnIsTheDataWrittenInADayAndThePeakThe95thPercentileOfTheRate(String file) {
    Inventory inventory = Golden.read(file);

    assertThat(inventory.format()).isEqualTo(InventoryFormat.PROFILE);
    // 20 hourly samples, each holding an hour: a day's data is the mean rate over the 20 hours
    // kept up for 24. web01 writes 1..20 MB/s (mean 10.5); Commons Math's default estimate of
    // its 95th percentile rate is 19 + 0.95 x (20 - 19). app01 writes 2 MB/s in 16 samples and
    // 30 in 4 (mean 7.6 MB/s, 641.25 GiB/day, where its 95th percentile rate kept up for a day
    // would be 2,531.25 and refused).
    assertThat(inventory.machines())
        .containsExactly(
            new Machine("web01", 10.5 * MBPS_TO_GIB_PER_DAY, null, null, null, 19.95),
            new Machine("db01", 0.5 * MBPS_TO_GIB_PER_DAY, null, null, null, 0.5),
            new Machine("app01", 7.6 * MBPS_TO_GIB_PER_DAY, null, null, null, 30.0));
    assertThat(inventory.machines().get(2).churnGiBPerDay()).isCloseTo(641.25, within(1e-9));
  }

  @Test
  void aProfileSaysOnceEachCompatibilityCheckIsNotRunForWantOfItsColumns() {
    Inventory inventory = Golden.read("profile/writes.csv");

    assertThat(inventory.assumptions())
        .filteredOn(a -> a.contains("not checked against the support matrix"))
        .containsExactly(
            "the operating system of the machines was not checked against the support matrix:"
                + " the inventory has no operating system column (a profile of write rates names"
                + " none)",
            "the disk count, size, per-disk churn, IOPS and sector size of the machines was not checked"
                + " against the support matrix: the inventory has no per-disk columns (a"
                + " profile's write rates are per machine)");
    assertThat(inventory.machines()).allSatisfy(m -> assertThat(m.profile()).isNull());
  }

  @Test
  void withSeveralDaysThePercentileIsOfTheDailyTotals(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("name,timestamp,writeMBps\n");
    double[] perDay = {1, 2, 3, 4, 10};
    for (int d = 0; d < perDay.length; d++) {
      for (int h = 0; h < 24; h++) {
        csv.append(String.format("a,2024-05-%02dT%02d:00:00,%s%n", d + 1, h, perDay[d]));
      }
    }
    Path file = Files.writeString(dir.resolve("days.csv"), csv);

    Inventory p50 = Inventories.read(file, null, ReadOptions.defaults().withPercentile(50));
    Inventory p95 = Inventories.read(file, null, ReadOptions.defaults());

    // five days of 1, 2, 3, 4 and 10 MB/s: the median day is 3 MB/s all day
    assertThat(p50.machines().get(0).churnGiBPerDay())
        .isCloseTo(3 * MBPS_TO_GIB_PER_DAY, within(1e-9));
    // position 0.95 x 6 = 5.7: beyond the last, so the largest day
    assertThat(p95.machines().get(0).churnGiBPerDay())
        .isCloseTo(10 * MBPS_TO_GIB_PER_DAY, within(1e-9));
  }

  @Test
  void aBadTimestampNamesTheLine() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("w.csv"),
            "name,timestamp,writeMBps\na,2024-05-01T10:00:00Z,1\na,yesterday,2\n");

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .hasMessage(
            "inventory "
                + file
                + " line 3 column timestamp: 'yesterday' is not an ISO-8601 date and time such as"
                + " 2024-05-01T10:15:00Z");
  }

  @Test
  void aProfileKeepsEachMachinesSeriesInTimeOrderWithItsSite(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("w.csv"),
            "name,site,timestamp,writeMBps\n"
                + "a,hub,2024-05-01T10:15:00Z,2\n"
                + "b,branch,2024-05-01T10:00:00,3\n"
                + "a,hub,2024-05-01T10:00:00+02:00,1\n");

    Inventory inv = Inventories.read(file, null, ReadOptions.defaults());

    assertThat(inv.machines()).extracting(Machine::site).containsExactly("hub", "branch");
    assertThat(inv.series()).hasSize(2);
    org.asrsizing.model.WriteSeries a = inv.series().get(0);
    assertThat(a.machine()).isEqualTo("a");
    // clock times as written: the offset is not applied
    assertThat(a.epochSecond(0)).isEqualTo(1_714_557_600L);
    assertThat(a.epochSecond(1)).isEqualTo(1_714_557_600L + 900);
    assertThat(a.writeMiBps(0)).isEqualTo(1);
    assertThat(a.writeMiBps(1)).isEqualTo(2);
    assertThat(a.stepSeconds()).isEqualTo(900);
  }

  @Test
  void otherFormatsHaveNoSeries(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("m.csv"), "name,churn\na,10GB\n");
    assertThat(Inventories.read(file, null, ReadOptions.defaults()).series()).isEmpty();
  }
}
