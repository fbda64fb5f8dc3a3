package org.asrsizing.operate;

import static org.asrsizing.operate.Deployments.CLASSIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Finding;
import org.asrsizing.model.MachineProfile;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Unplaced;
import org.junit.jupiter.api.Test;

/**
 * Machines an inventory brings to {@code rebalance} and {@code drain} are screened by the support
 * matrix's rules as {@code plan} screens them: a hard incompatibility leaves the machine unplaced
 * with every reason; a warning is a finding and the machine is placed.
 */
class OperateCompatibilityTest {

  private static final MachineProfile WINDOWS_2003 =
      new MachineProfile("Microsoft Windows Server 2003 Standard (32-bit)", List.of());
  private static final MachineProfile BUSY_DISK =
      new MachineProfile(
          "Microsoft Windows Server 2022 Datacenter", List.of(new Disk(200.0, 6.0, null, true)));

  private static List<Finding> of(Rebalance r, Rule rule) {
    return r.findings().stream().filter(f -> f.is(rule)).toList();
  }

  @Test
  void aNewMachineOnAnUnsupportedSystemIsListedWithItsReasonAndNotPlaced() {
    for (OperateOptions options : List.of(Deployments.rebalance(), Deployments.drain("ps-1"))) {
      Rebalance r =
          Rebalancer.run(
              Deployments.classic()
                  .ps("ps-1", "medium", 100, 100)
                  .ps("ps-2", "medium", 100)
                  .newMachine("legacy01", 20, WINDOWS_2003)
                  .build(),
              CLASSIC,
              options);

      assertThat(r.unplaced())
          .singleElement()
          .satisfies(
              u -> {
                assertThat(u.machine()).isEqualTo("legacy01");
                assertThat(u.reason())
                    .startsWith("runs \"Microsoft Windows Server 2003 Standard (32-bit)\"")
                    .contains("vmware-physical-azure-support-matrix.md (2026-04-06)");
              });
      assertThat(r.placements()).extracting(Move::machine).doesNotContain("legacy01");
      assertThat(of(r, Rule.MACHINE_OS_UNSUPPORTED))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).startsWith("machine legacy01 cannot be protected: it runs");
              });
    }
  }

  @Test
  void theReadersCountOfNewMachinesSaysHowManyAreNotProtectable() {
    Finding read = new Finding(Rule.DEPLOYMENT, Severity.INFO, OperateText.notReplicatedYet(2), "");
    Rebalance r =
        Rebalancer.run(
            Deployments.classic()
                .ps("ps-1", "medium", 100)
                .newMachine("legacy01", 20, WINDOWS_2003)
                .newMachine("app01", 20)
                .build()
                .withFindings(List.of(read)),
            CLASSIC,
            Deployments.rebalance());

    assertThat(of(r, Rule.DEPLOYMENT))
        .extracting(Finding::message)
        .containsExactly(
            "2 machine(s) of the inventory are not replicated yet: 1 placed as new machine(s), 1"
                + " not protectable (listed with the reason among the unplaced machines)");
  }

  @Test
  void theReadersCountStaysAsItWasWhenEveryNewMachineIsPlaced() {
    Finding read = new Finding(Rule.DEPLOYMENT, Severity.INFO, OperateText.notReplicatedYet(1), "");
    Rebalance r =
        Rebalancer.run(
            Deployments.classic()
                .ps("ps-1", "medium", 100)
                .newMachine("app01", 20)
                .build()
                .withFindings(List.of(read)),
            CLASSIC,
            Deployments.rebalance());

    assertThat(of(r, Rule.DEPLOYMENT)).containsExactly(read);
  }

  @Test
  void aWarningIsAFindingAndTheMachineIsPlaced() {
    Rebalance r =
        Rebalancer.run(
            Deployments.classic()
                .ps("ps-1", "medium", 100)
                .newMachine("db01", 20, BUSY_DISK)
                .build(),
            CLASSIC,
            Deployments.rebalance());

    assertThat(r.unplaced()).isEmpty();
    assertThat(r.placements()).extracting(Move::machine).containsExactly("db01");
    assertThat(of(r, Rule.DISK_CHURN))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aMachineThatReplicatesNowAndIsFoundIncompatibleIsListedWhereItReplicates() {
    Deployments d = Deployments.classic().ps("ps-1", "medium", 100, 100);
    Rebalance r =
        Rebalancer.run(
            d.profile("vm-0001", WINDOWS_2003).build(), CLASSIC, Deployments.rebalance());

    assertThat(r.unplaced())
        .extracting(Unplaced::machine, u -> u.reason().endsWith("it replicates through ps-1 now"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("vm-0001", true));
    assertThat(of(r, Rule.MACHINE_OS_UNSUPPORTED)).hasSize(1);
  }

  @Test
  void machinesWithoutAProfileAreNotScreened() {
    Rebalance r =
        Rebalancer.run(
            Deployments.classic().ps("ps-1", "medium", 100, 100).newMachine("new01", 20).build(),
            CLASSIC,
            Deployments.rebalance());

    assertThat(r.unplaced()).isEmpty();
    assertThat(r.findings())
        .noneMatch(f -> f.is(Rule.MACHINE_OS_UNSUPPORTED) || f.is(Rule.MACHINE_OS_UNRECOGNISED));
  }
}
