package org.asrsizing.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.MachineLimits;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineVerdict;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/** Checks on one source machine. */
public final class MachineRules {

  /** Rule id: a machine above what one process server carries. */
  public static final Rule CHURN_CEILING = Rule.MACHINE_CHURN_CEILING;

  /** Rule id: a machine's peak write rate above the supported peak. */
  public static final Rule PEAK_CHURN = Rule.MACHINE_PEAK_CHURN;

  /** Rule id: too many data disks. */
  public static final Rule DATA_DISKS = Rule.MACHINE_DATA_DISKS;

  private MachineRules() {}

  /**
   * Why a machine cannot be protected, if it cannot: a machine uses exactly one process server, so
   * its churn must fit the largest tier as planned (headroom applied) and the per-machine ceiling.
   *
   * @param largestPlannedChurn the largest churn any tier carries as planned, GiB/day
   * @param headroomPercent headroom in force, for the message
   */
  public static Optional<String> unprotectableReason(
      Machine m, Catalog catalog, double largestPlannedChurn, double headroomPercent) {
    MachineLimits limits = catalog.machineLimits();
    double churn = m.churnGiBPerDay();
    if (Limits.exceedsRelative(churn, limits.maxChurnGiBPerDay())) {
      return Optional.of(
          "changes "
              + Units.churn(churn)
              + ", above the "
              + Units.churn(limits.maxChurnGiBPerDay())
              + " one process server carries; a machine uses exactly one process server ("
              + catalog.cite(limits.source())
              + ")");
    }
    if (churn > largestPlannedChurn * (1 + 1e-9)) {
      return Optional.of(
          "changes "
              + Units.churn(churn)
              + ", above the "
              + Units.churn(largestPlannedChurn)
              + " the largest tier carries with "
              + Units.percent(headroomPercent)
              + " headroom; lower the headroom or split the workload");
    }
    return Optional.empty();
  }

  /**
   * Why the support matrix rules a machine out, one error finding each: more data disks than
   * supported, an unsupported operating system, a disk out of size. Empty when it can be protected
   * as far as the inventory tells.
   */
  public static List<Finding> incompatibilities(Machine m, Catalog catalog) {
    MachineLimits limits = catalog.machineLimits();
    List<Finding> hard = CompatibilityRules.hard(m, catalog);
    Integer dataDisks = dataDisks(m);
    if (dataDisks == null || dataDisks <= limits.maxDataDisks()) {
      return hard;
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(
        new Finding(
            DATA_DISKS,
            Severity.ERROR,
            "machine "
                + m.name()
                + " has "
                + dataDisks
                + " data disks, more than the "
                + limits.maxDataDisks()
                + " supported",
            catalog.cite(limits.source())));
    findings.addAll(hard);
    return findings;
  }

  /**
   * The reason a machine the support matrix rules out is not protectable, for its unplaced entry:
   * each of {@code incompatibilities} without the machine's name, with its source.
   */
  public static String incompatibleReason(Machine m, List<Finding> incompatibilities) {
    List<String> texts = new ArrayList<>();
    for (Finding f : incompatibilities) {
      texts.add(withoutName(m, f) + " (" + f.source() + ")");
    }
    return String.join("; ", texts);
  }

  /**
   * One error finding per reason, of the reason's own rule, saying the machine cannot be protected;
   * {@code prefix} goes first (a site's name, or nothing).
   */
  public static List<Finding> refusals(Machine m, List<Finding> incompatibilities, String prefix) {
    if (incompatibilities.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : incompatibilities) {
      out.add(
          new Finding(
              Rule.ofId(f.rule()).orElseThrow(),
              f.severity(),
              prefix + "machine " + m.name() + " cannot be protected: it " + withoutName(m, f),
              f.source()));
    }
    return out;
  }

  private static String withoutName(Machine m, Finding f) {
    return f.message().substring(("machine " + m.name() + " ").length());
  }

  /** The data disk count the inventory gives, or the disks it lists other than the OS disk. */
  private static Integer dataDisks(Machine m) {
    if (m.dataDisks() != null) {
      return m.dataDisks();
    }
    if (m.profile() == null || m.profile().disks().isEmpty()) {
      return null;
    }
    return (int) m.profile().disks().stream().filter(d -> !d.osDisk()).count();
  }

  /** Compatibility warnings that do not stop protection but need an architect's attention. */
  public static List<Finding> compatibility(Machine m, Catalog catalog) {
    MachineLimits limits = catalog.machineLimits();
    List<Finding> warnings = CompatibilityRules.warnings(m, catalog);
    if (m.peakChurnMBps() == null || m.peakChurnMBps() <= limits.maxPeakChurnMBps()) {
      return warnings;
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(
        new Finding(
            PEAK_CHURN,
            Severity.WARNING,
            "machine "
                + m.name()
                + " peaks at "
                + Units.number(m.peakChurnMBps(), 2)
                + " MB/s across its disks, above the supported "
                + Units.number(limits.maxPeakChurnMBps(), 2)
                + " MB/s: replication will fall behind at peaks",
            catalog.cite(limits.source())));
    findings.addAll(warnings);
    return findings;
  }

  /**
   * The verdicts of the machines the compatibility checks find something on, in the workload's
   * order.
   */
  public static List<MachineVerdict> verdicts(List<Machine> machines, Catalog catalog) {
    List<MachineVerdict> out = new ArrayList<>();
    for (Machine m : machines) {
      List<Finding> hard = incompatibilities(m, catalog);
      List<Finding> soft = compatibility(m, catalog);
      if (!hard.isEmpty() || !soft.isEmpty()) {
        List<Finding> all = new ArrayList<>(hard);
        all.addAll(soft);
        String verdict = hard.isEmpty() ? MachineVerdict.WARNINGS : MachineVerdict.INCOMPATIBLE;
        out.add(new MachineVerdict(m.name(), m.site(), verdict, all));
      }
    }
    return out;
  }
}
