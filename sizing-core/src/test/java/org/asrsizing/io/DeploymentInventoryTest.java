package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.DeploymentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment read with an inventory: whose churn wins, and what differs between the two. */
class DeploymentInventoryTest {

  @TempDir Path dir;

  /** Two servers on two sites; ps-1 carries vm-b and vm-a, ps-2 carries vm-c. */
  private Path deployment() throws IOException {
    return write(
        """
        processServers:
          - id: ps-1
            tier: medium
            site: north
            assignedMachines: [vm-b, vm-a]
            assignedChurnGiBPerDay: [20, 10]
          - id: ps-2
            tier: medium
            site: south
            assignedMachines: [vm-c]
            assignedChurnGiBPerDay: [30]
        """);
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("deployment.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private static Map<String, Machine> byName(CurrentDeployment d) {
    return d.machines().stream().collect(Collectors.toMap(Machine::name, Function.identity()));
  }

  private static List<String> messages(CurrentDeployment d) {
    return d.findings().stream().map(Finding::message).toList();
  }

  @Test
  void theInventorysChurnWinsAndItsNewMachinesAreCounted() throws IOException {
    Workload now =
        Workload.of(
            List.of(
                new Machine("vm-new", 5, null, "north", null, null),
                new Machine("vm-a", 11, null, "north", null, null),
                new Machine("vm-b", 21, null, "north", null, null),
                new Machine("vm-c", 31, null, "south", null, null)));

    CurrentDeployment d = DeploymentReader.read(deployment(), now);

    assertThat(byName(d)).containsOnlyKeys("vm-a", "vm-b", "vm-c", "vm-new");
    assertThat(d.machines()).hasSize(4);
    assertThat(byName(d).get("vm-a").churnGiBPerDay()).isEqualTo(11);
    assertThat(d.serverOf()).containsOnlyKeys("vm-a", "vm-b", "vm-c");
    assertThat(messages(d)).singleElement().asString().contains("1 machine(s)");
  }

  @Test
  void aMachineTheInventoryLacksKeepsTheChurnTheDeploymentGives() throws IOException {
    Workload now =
        Workload.of(
            List.of(
                new Machine("vm-a", 11, null, "north", null, null),
                new Machine("vm-c", 31, null, "south", null, null)));

    CurrentDeployment d = DeploymentReader.read(deployment(), now);

    assertThat(byName(d)).containsOnlyKeys("vm-a", "vm-b", "vm-c");
    assertThat(byName(d).get("vm-b").churnGiBPerDay()).isEqualTo(20);
    assertThat(byName(d).get("vm-b").site()).isEqualTo("north");
    assertThat(messages(d))
        .singleElement()
        .asString()
        .contains("1 machine(s) the deployment assigns are not in the inventory")
        .contains("vm-b");
  }

  @Test
  void aMachineTheInventoryLacksWithoutChurnInTheFileIsAnInvalidFile() throws IOException {
    Path file =
        write(
            """
            processServers:
              - id: ps-1
                tier: medium
                assignedMachines: [vm-a, vm-b]
            """);
    Workload now = Workload.of(List.of(Machine.of("vm-a", 11)));

    assertThatThrownBy(() -> DeploymentReader.read(file, now))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining(
            "machine vm-b on ps-1 is not in the inventory and the deployment gives no churn");
  }

  @Test
  void machinesOnAnotherSiteAreKeptOnTheirServersSiteWithWhatTheInventoryKnows()
      throws IOException {
    MachineProfile windows = new MachineProfile("Microsoft Windows Server 2022", List.of());
    // Listed in another order than the deployment's: the warnings follow the deployment.
    Workload now =
        Workload.of(
            List.of(
                new Machine("vm-c", 31, null, "east", null, null),
                new Machine("vm-a", 11, null, "east", null, null).withProfile(windows),
                new Machine("vm-b", 21, null, "west", null, null)));

    CurrentDeployment d = DeploymentReader.read(deployment(), now);

    assertThat(byName(d).get("vm-a").site()).isEqualTo("north");
    assertThat(byName(d).get("vm-a").profile()).isEqualTo(windows);
    assertThat(byName(d).get("vm-c").site()).isEqualTo("south");
    assertThat(messages(d))
        .containsExactly(
            "machine vm-b is on site west in the inventory but replicates through ps-1 on site"
                + " north; it is kept on north",
            "machine vm-a is on site east in the inventory but replicates through ps-1 on site"
                + " north; it is kept on north",
            "machine vm-c is on site east in the inventory but replicates through ps-2 on site"
                + " south; it is kept on south");
  }
}
