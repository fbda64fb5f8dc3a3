package org.asrsizing.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.asrsizing.api.Sizing;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.io.inventory.ReadOptions;
import org.asrsizing.model.MachineVerdict;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Unplaced;
import org.asrsizing.plan.PlanOptions;

/**
 * No machine is silently dropped by the compatibility checks: in every inventory format that
 * carries operating systems or disks, the machines read are the compatible ones (placed), the
 * incompatible ones (listed as unplaced, each with a verdict) and the ones left out on purpose.
 */
class CompatibilityProperties {

  private static final Catalog CLASSIC = Sizing.catalog("asr-classic");

  private static final List<String> OSES =
      List.of(
          "",
          "Microsoft Windows Server 2019 Datacenter",
          "Microsoft Windows Server 2003 Standard (32-bit)",
          "Red Hat Enterprise Linux 7 (64-bit)",
          "Oracle Solaris 10 (64-bit)",
          "Microsoft Windows Server 2022 Datacenter",
          "Microsoft Windows Server 2008 R2 (64-bit)",
          "Ubuntu 22.04 LTS",
          "Something Else");

  /**
   * One machine: its operating system (empty for none), disk sizes (GiB), whether it runs, how it
   * boots (empty for not said), whether Secure Boot is on, its disks' logical sector size.
   */
  record Spec(
      String os,
      List<Integer> diskSizes,
      boolean running,
      String boot,
      boolean secureBoot,
      int sectorBytes) {}

  @Provide
  Arbitrary<List<Spec>> fleets() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.of(OSES),
                Arbitraries.of(1, 100, 5000, 40000).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of("", "bios", "uefi"),
                Arbitraries.of(false, false, true),
                Arbitraries.of(512, 512, 4096))
            .as(Spec::new);
    return spec.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 40)
  void nativeJsonMachinesAreCompatibleIncompatibleOrExcluded(@ForAll("fleets") List<Spec> fleet)
      throws IOException {
    StringBuilder sb = new StringBuilder("[\n");
    for (int i = 0; i < fleet.size(); i++) {
      Spec s = fleet.get(i);
      sb.append("{\"name\": \"m").append(i).append("\", \"churnGiBPerDay\": 1");
      if (!s.os().isEmpty()) {
        sb.append(", \"os\": \"").append(s.os()).append('"');
      }
      sb.append(", \"disks\": [")
          .append(
              s.diskSizes().stream()
                  .map(d -> "{\"sizeGiB\": " + d + "}")
                  .collect(Collectors.joining(", ")))
          .append("]}")
          .append(i + 1 < fleet.size() ? ",\n" : "\n");
    }
    sb.append("]\n");
    check(write("fleet.json", sb.toString()), fleet.size(), 0);
  }

  @Property(tries = 40)
  void nativeYamlMachinesAreCompatibleIncompatibleOrExcluded(@ForAll("fleets") List<Spec> fleet)
      throws IOException {
    StringBuilder sb = new StringBuilder("machines:\n");
    for (int i = 0; i < fleet.size(); i++) {
      Spec s = fleet.get(i);
      sb.append("  - name: m").append(i).append("\n    churnGiBPerDay: 1\n");
      if (!s.os().isEmpty()) {
        sb.append("    os: \"").append(s.os()).append("\"\n");
      }
      if (!s.boot().isEmpty()) {
        sb.append("    boot: ").append(s.boot()).append("\n");
        sb.append("    secureBoot: ").append(s.secureBoot()).append("\n");
      }
      sb.append("    disks:\n");
      for (int size : s.diskSizes()) {
        sb.append("      - {sizeGiB: ")
            .append(size)
            .append(", sectorBytes: ")
            .append(s.sectorBytes())
            .append("}\n");
      }
    }
    check(write("fleet.yaml", sb.toString()), fleet.size(), 0);
  }

  @Property(tries = 20)
  void profiledMachinesAreAllReadAndNoneScreenedOut(@ForAll("fleets") List<Spec> fleet)
      throws IOException {
    // A profile carries no operating system or disks: every machine is compatible as far as it
    // tells, and each is read, placed or (too busy for any tier) unplaced with its reason.
    StringBuilder sb = new StringBuilder("name,timestamp,writeMBps\n");
    for (int i = 0; i < fleet.size(); i++) {
      for (int h = 0; h < 3; h++) {
        sb.append("m").append(i).append(",2026-01-01T0").append(h).append(":00:00,");
        sb.append(fleet.get(i).diskSizes().size()).append('\n');
      }
    }
    check(write("writes.csv", sb.toString()), fleet.size(), 0);
  }

  @Property(tries = 40)
  void nativeCsvMachinesAreCompatibleIncompatibleOrExcluded(@ForAll("fleets") List<Spec> fleet)
      throws IOException {
    StringBuilder sb = new StringBuilder("name,churnGiBPerDay,disks,os\n");
    for (int i = 0; i < fleet.size(); i++) {
      Spec s = fleet.get(i);
      int dataDisks = s.diskSizes().get(0) == 40000 ? 65 : s.diskSizes().size() - 1;
      sb.append("m").append(i).append(",1,").append(dataDisks).append(",\"").append(s.os());
      sb.append("\"\n");
    }
    check(write("fleet.csv", sb.toString()), fleet.size(), 0);
  }

  @Property(tries = 40)
  void rvToolsMachinesAreCompatibleIncompatibleOrExcluded(@ForAll("fleets") List<Spec> fleet)
      throws IOException {
    Path folder = Files.createTempDirectory("rvtools");
    StringBuilder info =
        new StringBuilder(
            "VM,Powerstate,Template,Disks,In Use MiB,OS according to the configuration file,"
                + "Firmware\n");
    StringBuilder disks = new StringBuilder("VM,Capacity MiB\n");
    int excluded = 0;
    for (int i = 0; i < fleet.size(); i++) {
      Spec s = fleet.get(i);
      // the first machine runs, so that there is always one to plan
      boolean running = s.running() || i == 0;
      excluded += running ? 0 : 1;
      info.append("m")
          .append(i)
          .append(',')
          .append(running ? "poweredOn" : "poweredOff")
          .append(",False,")
          .append(s.diskSizes().size())
          .append(",1024,\"")
          .append(s.os())
          .append("\",")
          .append(s.boot().equals("uefi") ? "efi" : s.boot())
          .append('\n');
      for (int size : s.diskSizes()) {
        disks.append("m").append(i).append(',').append(size * 1024L).append('\n');
      }
    }
    Files.writeString(folder.resolve("RVTools_tabvInfo.csv"), info);
    Files.writeString(folder.resolve("RVTools_tabvDisk.csv"), disks);
    check(folder, fleet.size(), excluded);
  }

  @Property(tries = 40)
  void azureMigrateMachinesAreCompatibleIncompatibleOrExcluded(@ForAll("fleets") List<Spec> fleet)
      throws IOException {
    StringBuilder sb =
        new StringBuilder(
            "*Server name,*OS name,Disk 1 size (In GB),Disk 1 write throughput (MB per second),"
                + "Disk 2 size (In GB),Disk 2 write throughput (MB per second)\n");
    for (int i = 0; i < fleet.size(); i++) {
      Spec s = fleet.get(i);
      List<Integer> d = s.diskSizes();
      sb.append("m").append(i).append(",\"").append(s.os()).append("\",");
      sb.append(d.get(0)).append(",0.5,");
      sb.append(d.size() > 1 ? d.get(1) + ",3" : ",").append('\n');
    }
    check(write("import.csv", sb.toString()), fleet.size(), 0);
  }

  private static Path write(String name, String text) {
    try {
      Path dir = Files.createTempDirectory("compat");
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(Path file, int rows, int expectedExcluded) {
    Inventory inventory = Sizing.read(file, ReadOptions.defaults());
    Plan plan = Sizing.plan(inventory, CLASSIC, PlanOptions.defaults(), 0);
    long incompatible = plan.compatibility().stream().filter(MachineVerdict::incompatible).count();
    assertThat(inventory.excluded()).hasSize(expectedExcluded);
    assertThat(inventory.skipped()).isEmpty();
    assertThat(plan.summary().placedMachines() + incompatible + inventory.excluded().size())
        .isEqualTo(rows);
    Set<String> unplaced =
        plan.unplaced().stream().map(Unplaced::machine).collect(Collectors.toSet());
    assertThat(unplaced)
        .containsExactlyInAnyOrderElementsOf(
            plan.compatibility().stream()
                .filter(MachineVerdict::incompatible)
                .map(MachineVerdict::machine)
                .toList());
  }
}
