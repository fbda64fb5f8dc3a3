package org.asrsizing.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.asrsizing.api.Sizing;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.BootType;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every compatibility rule at its boundary, through the public API: the limit itself passes, just
 * above it is a finding; hard ones leave the machine out, listed with the reason.
 */
class CompatibilityBoundaryTest {

  private static final Catalog CLASSIC = Sizing.catalog("asr-classic");
  private static final Catalog MODERNIZED = Sizing.catalog("asr-modernized");

  private static Plan plan(Catalog catalog, Machine m) {
    return Sizing.plan(Workload.of(List.of(m)), catalog, PlanOptions.defaults(), 0);
  }

  private static Machine withDisks(Integer dataDisks, Double peak, Disk... disks) {
    return new Machine("vm1", 10, dataDisks, null, null, peak, null)
        .withProfile(new MachineProfile(null, List.of(disks)));
  }

  private static List<Finding> of(Plan p, Rule rule) {
    return p.findings().stream().filter(f -> f.is(rule)).toList();
  }

  private static void protectedWithout(Plan p, Rule rule) {
    assertThat(p.unplaced()).isEmpty();
    assertThat(of(p, rule)).isEmpty();
  }

  private static void refused(Plan p, Rule rule, String words) {
    assertThat(p.unplaced()).singleElement().satisfies(u -> assertThat(u.reason()).contains(words));
    assertThat(of(p, rule))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("vm1 cannot be protected").contains(words);
              assertThat(f.source()).matches(".*\\(\\d{4}(-\\d{2}-\\d{2})?\\)");
            });
  }

  /** In both catalogs: refused by {@code rule} with {@code words}, or (words empty) not. */
  private static void refusedInBoth(Machine m, Rule rule, String words) {
    for (Catalog c : List.of(CLASSIC, MODERNIZED)) {
      Plan p = plan(c, m);
      if (words.isEmpty()) {
        protectedWithout(p, rule);
      } else {
        refused(p, rule, words);
      }
    }
  }

  private static void warned(Plan p, Rule rule, String words) {
    assertThat(p.unplaced()).isEmpty();
    assertThat(of(p, rule))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains(words);
              assertThat(f.source()).matches(".*\\(\\d{4}(-\\d{2}-\\d{2})?\\)");
            });
  }

  @ParameterizedTest
  @CsvSource({"asr-classic", "asr-modernized"})
  void dataDisks64AreProtectedAnd65AreNot(String catalog) {
    Catalog c = Sizing.catalog(catalog);
    protectedWithout(plan(c, withDisks(64, null)), Rule.MACHINE_DATA_DISKS);
    refused(plan(c, withDisks(65, null)), Rule.MACHINE_DATA_DISKS, "65 data disks");
  }

  @ParameterizedTest
  @CsvSource({"asr-classic", "asr-modernized"})
  void listedDisksCountAsDataDisksBesideTheOsDisk(String catalog) {
    List<Disk> disks = new ArrayList<>();
    disks.add(new Disk(100.0, null, null, true));
    disks.addAll(Collections.nCopies(64, new Disk(100.0, null, null, false)));
    Catalog c = Sizing.catalog(catalog);
    protectedWithout(
        plan(c, withDisks(null, null, disks.toArray(Disk[]::new))), Rule.MACHINE_DATA_DISKS);
    disks.add(new Disk(100.0, null, null, false));
    refused(
        plan(c, withDisks(null, null, disks.toArray(Disk[]::new))),
        Rule.MACHINE_DATA_DISKS,
        "65 data disks");
  }

  @ParameterizedTest
  @CsvSource({"asr-classic", "asr-modernized"})
  void aStandardDiskTakes2MBpsAndJustAboveNeedsPremium(String catalog) {
    Catalog c = Sizing.catalog(catalog);
    protectedWithout(
        plan(c, withDisks(null, null, new Disk(100.0, 2.0, null, true))), Rule.DISK_CHURN);
    warned(
        plan(c, withDisks(null, null, new Disk(100.0, 2.01, null, true))),
        Rule.DISK_CHURN,
        "above the 2 MB/s a Standard disk takes: replicate it to a Premium");
    warned(
        plan(c, withDisks(null, null, new Disk(100.0, 6.0, null, true))),
        Rule.DISK_CHURN,
        "writes 6 MB/s");
  }

  @ParameterizedTest
  @CsvSource({"asr-classic", "asr-modernized"})
  void aPremiumDiskTakes20MBpsAndAboveThatNoDiskDoes(String catalog) {
    Catalog c = Sizing.catalog(catalog);
    warned(
        plan(c, withDisks(null, null, new Disk(100.0, 20.0, null, true))),
        Rule.DISK_CHURN,
        "Premium P20");
    warned(
        plan(c, withDisks(null, null, new Disk(100.0, 20.01, null, true))),
        Rule.DISK_CHURN,
        "above the 20 MB/s even a Premium");
  }

  /**
   * The recommended Premium disk of a disk above 2 MB/s: the smallest size that holds the disk
   * (each edge of the size table), or a larger one when that one's churn limit is too low.
   */
  @ParameterizedTest
  @CsvSource({
    "128, 3, 'Premium P10 disk (the Premium size for its 128 GiB'",
    "128.01, 3, 'Premium P15 disk (the Premium size for its 128 GiB'",
    "256, 3, 'Premium P15 disk'",
    "256.01, 3, 'Premium P20 disk'",
    "512.01, 3, 'Premium P30 disk'",
    "1024.01, 3, 'Premium P40 disk'",
    "2048.01, 3, 'Premium P50 disk'",
    "4095, 3, 'Premium P50 disk'",
    "4096, 3, 'replicate it to a Premium P10/P15 disk (up to 4 MB/s at 16 KB writes)'",
    "100, 8, 'Premium P10 disk (the Premium size for its 100 GiB; Premium P10/P15 takes up to"
        + " 8 MB/s'",
    "100, 8.01, 'Premium P20 disk (larger than the P10 its 100 GiB needs, for the churn limit'",
    "1024, 20, 'Premium P30 disk (the Premium size for its 1024 GiB; Premium P20-P50 takes up to"
        + " 20 MB/s at >= 16 KB writes)'"
  })
  void aDiskAbove2MBpsIsRecommendedThePremiumSizeThatHoldsItAndItsChurn(
      double sizeGiB, double rateMBps, String words) {
    for (Catalog c : List.of(CLASSIC, MODERNIZED)) {
      warned(
          plan(c, withDisks(null, null, new Disk(sizeGiB, rateMBps, null, false))),
          Rule.DISK_CHURN,
          words);
    }
  }

  private static Machine booting(String os, BootType boot, Boolean secureBoot, Disk... disks) {
    return Machine.of("vm1", 10)
        .withProfile(new MachineProfile(os, List.of(disks), boot, secureBoot));
  }

  /** The operating system disk by generation: BIOS (Generation 1) 2,048 GiB, UEFI 4,095 GiB. */
  @ParameterizedTest
  @CsvSource({
    "BIOS, 2048, ''",
    "BIOS, 2049, 'larger than the 2048 GiB a BIOS (Generation 1) machine''s operating system disk'",
    "UEFI, 4095, ''",
    "UEFI, 4096, 'larger than the 4095 GiB a UEFI (Generation 2) machine''s operating system disk'"
  })
  void theOperatingSystemDiskLimitFollowsTheBootType(BootType boot, double sizeGiB, String words) {
    refusedInBoth(
        booting(null, boot, null, new Disk(sizeGiB, null, null, true)), Rule.DISK_SIZE, words);
  }

  /** UEFI rules: Secure Boot off, and not on the systems the matrix rules out with UEFI. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Microsoft Windows Server 2019 (64-bit)|UEFI|true|with Secure Boot on",
        "Microsoft Windows Server 2019 (64-bit)|UEFI|false|",
        "Microsoft Windows Server 2019 (64-bit)|BIOS|true|",
        "Microsoft Windows Server 2008 R2 (64-bit)|UEFI||does not support with UEFI",
        "Microsoft Windows Server 2008 R2 (64-bit)|BIOS||",
        "Microsoft Windows Server 2012 (64-bit)|UEFI||",
        "Oracle Linux 6.10|UEFI||does not support with UEFI",
        "Oracle Linux 7.0|UEFI||"
      })
  void uefiMachinesAtTheEdgesOfTheBootRules(
      String os, BootType boot, Boolean secureBoot, String refusal) {
    refusedInBoth(booting(os, boot, secureBoot), Rule.MACHINE_BOOT, refusal == null ? "" : refusal);
  }

  @ParameterizedTest
  @CsvSource({"512, false", "4096, true", "4095, true"})
  void onlyDisksWith512ByteLogicalSectorsAreReplicated(int sectorBytes, boolean refusedToo) {
    for (Catalog c : List.of(CLASSIC, MODERNIZED)) {
      Plan p = plan(c, withDisks(null, null, new Disk(100.0, null, null, false, sectorBytes)));
      if (refusedToo) {
        refused(p, Rule.DISK_SECTOR, sectorBytes + "-byte logical sectors");
      } else {
        protectedWithout(p, Rule.DISK_SECTOR);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"4095, false", "4096, true", "32767, true"})
  void aDataDiskAbove4095GiBReplicatesToManagedDisksOnly(double sizeGiB, boolean warnedToo) {
    for (Catalog c : List.of(CLASSIC, MODERNIZED)) {
      Plan p = plan(c, withDisks(null, null, new Disk(sizeGiB, null, null, false)));
      if (warnedToo) {
        warned(p, Rule.DISK_STORAGE_ACCOUNT, "replicate it to managed disks");
      } else {
        protectedWithout(p, Rule.DISK_STORAGE_ACCOUNT);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void bothCatalogsCarryTheWholePerDiskChurnTable() {
    assertThat(MODERNIZED.diskChurnLimits()).hasSize(6).isEqualTo(CLASSIC.diskChurnLimits());
    assertThat(MODERNIZED.compatibility().premiumDisks())
        .isEqualTo(CLASSIC.compatibility().premiumDisks());
  }

  @ParameterizedTest
  @CsvSource({"asr-classic", "asr-modernized"})
  void aDiskTakes7500IopsAnd7501IsAWarning(String catalog) {
    Catalog c = Sizing.catalog(catalog);
    protectedWithout(
        plan(c, withDisks(null, null, new Disk(100.0, null, 7500.0, true))), Rule.DISK_IOPS);
    warned(
        plan(c, withDisks(null, null, new Disk(100.0, null, 7501.0, true))),
        Rule.DISK_IOPS,
        "7501 IOPS, more than the 7500");
  }

  @ParameterizedTest
  @CsvSource({"asr-classic", "asr-modernized"})
  void aMachineTakes80000IopsAnd80001IsAWarning(String catalog) {
    Catalog c = Sizing.catalog(catalog);
    List<Disk> disks =
        new ArrayList<>(Collections.nCopies(16, new Disk(100.0, null, 5000.0, false)));
    protectedWithout(plan(c, withDisks(null, null, disks.toArray(Disk[]::new))), Rule.MACHINE_IOPS);
    disks.set(0, new Disk(100.0, null, 5001.0, false));
    warned(
        plan(c, withDisks(null, null, disks.toArray(Disk[]::new))),
        Rule.MACHINE_IOPS,
        "80001 IOPS across its disks, more than the 80000");
  }

  @ParameterizedTest
  @CsvSource({"asr-classic", "asr-modernized"})
  void aMachinePeaksAt54MBpsAndJustAboveIsAWarning(String catalog) {
    Catalog c = Sizing.catalog(catalog);
    protectedWithout(plan(c, withDisks(null, 54.0)), Rule.MACHINE_PEAK_CHURN);
    warned(plan(c, withDisks(null, 54.01)), Rule.MACHINE_PEAK_CHURN, "54.01 MB/s");
  }

  @ParameterizedTest
  @CsvSource({
    "true, 4095, ''",
    "true, 4096, larger than the 4095 GiB",
    "false, 32767, ''",
    "false, 32768, larger than the 32767 GiB",
    "false, 1, not larger than the 1 GiB minimum",
    "false, 1.01, ''"
  })
  void diskSizesAtTheirLimits(boolean osDisk, double sizeGiB, String refusal) {
    refusedInBoth(
        withDisks(null, null, new Disk(sizeGiB, null, null, osDisk)), Rule.DISK_SIZE, refusal);
  }

  /**
   * Each edge of the support table (matrix revision 2026-04-06): the newest listed version and the
   * next one, the oldest listed and the one before, for each architecture.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Microsoft Windows Server 2003 Standard (32-bit)|unsupported|unsupported",
        "Microsoft Windows XP Professional (32-bit)|unsupported|unsupported",
        "Microsoft Windows Server 2008 (64-bit)|unsupported|unsupported",
        "Microsoft Windows Server 2008 R2 (64-bit)|supported|supported",
        "Microsoft Windows Server 2012 (64-bit)|supported|supported",
        "Microsoft Windows Server 2016 or later (64-bit)|supported|supported",
        "Microsoft Windows Server 2019 Datacenter|supported|supported",
        "Microsoft Windows Server 2022 Datacenter|supported|supported",
        "Microsoft Windows Server 2025 Datacenter|supported|supported",
        "Microsoft Windows 7 (64-bit)|supported|supported",
        "Microsoft Windows 10 (64-bit)|supported|supported",
        "Microsoft Windows 10 (32-bit)|unsupported|unsupported",
        "Microsoft Windows 11 (64-bit)|unrecognised|unrecognised",
        "Red Hat Enterprise Linux 4 (64-bit)|unsupported|unsupported",
        "Red Hat Enterprise Linux 5.1|unsupported|unsupported",
        "Red Hat Enterprise Linux 5.2|supported|supported",
        "Red Hat Enterprise Linux 7 (64-bit)|supported|supported",
        "Red Hat Enterprise Linux 8.8|supported|supported",
        "Red Hat Enterprise Linux 8.9|unsupported|supported",
        "Red Hat Enterprise Linux 9 (64-bit)|unsupported|supported",
        "Red Hat Enterprise Linux 9.7|unsupported|supported",
        "Red Hat Enterprise Linux 9.8|unrecognised|unrecognised",
        "Red Hat Enterprise Linux 10.1|unsupported|supported",
        "Red Hat Enterprise Linux 10.2|unrecognised|unrecognised",
        "CentOS 7 (64-bit)|unrecognised|unrecognised",
        "CentOS 6 (32-bit)|unsupported|unsupported",
        "AlmaLinux 9.5|unrecognised|unrecognised",
        "Ubuntu 20.04.6 LTS|supported|supported",
        "Ubuntu 22.04 LTS|unsupported|supported",
        "Ubuntu 24.04 LTS|unsupported|supported",
        "Ubuntu 26.04 LTS|unrecognised|unrecognised",
        "Ubuntu Linux (64-bit)|unrecognised|unrecognised",
        "Debian GNU/Linux 6 (64-bit)|unsupported|unsupported",
        "Debian GNU/Linux 9.0|unsupported|unsupported",
        "Debian GNU/Linux 11.6 (64-bit)|supported|supported",
        "Debian GNU/Linux 12 (64-bit)|unsupported|supported",
        "Debian GNU/Linux 13 (64-bit)|unrecognised|unrecognised",
        "SUSE Linux Enterprise 10 (64-bit)|unsupported|unsupported",
        "SUSE Linux Enterprise 12 (64-bit)|supported|supported",
        "SUSE Linux Enterprise Server 15 SP4|supported|supported",
        "SUSE Linux Enterprise Server 15 SP5|unsupported|supported",
        "SUSE Linux Enterprise Server 15 SP7|unsupported|supported",
        "SUSE Linux Enterprise Server 15 SP8|unrecognised|unrecognised",
        "Oracle Linux 4/5 (64-bit)|unsupported|unsupported",
        "Oracle Linux 6.3|unsupported|unsupported",
        "Oracle Linux 6.4|supported|supported",
        "Oracle Linux 8.8|supported|supported",
        "Oracle Linux 8.9|unsupported|supported",
        "Oracle Linux 9.6|unsupported|supported",
        "Oracle Linux 9.7|unrecognised|unrecognised",
        "Rocky Linux 9.7|unsupported|supported",
        "Rocky Linux 10.2|unrecognised|unrecognised",
        "Oracle Solaris 10 (64-bit)|unsupported|unsupported",
        "FreeBSD 12 (64-bit)|unsupported|unsupported",
        "Other (32-bit)|unrecognised|unrecognised"
      })
  void eachEdgeOfTheOperatingSystemTable(String os, String classic, String modernized) {
    assertVerdict(CLASSIC, os, classic);
    assertVerdict(MODERNIZED, os, modernized);
  }

  private static void assertVerdict(Catalog c, String os, String verdict) {
    Machine m = Machine.of("vm1", 10).withProfile(new MachineProfile(os, List.of()));
    Plan p = plan(c, m);
    switch (verdict) {
      case "supported" -> {
        protectedWithout(p, Rule.MACHINE_OS_UNSUPPORTED);
        assertThat(of(p, Rule.MACHINE_OS_UNRECOGNISED)).isEmpty();
      }
      case "unsupported" -> refused(p, Rule.MACHINE_OS_UNSUPPORTED, os);
      default -> warned(p, Rule.MACHINE_OS_UNRECOGNISED, os);
    }
  }
}
