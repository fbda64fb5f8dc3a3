package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.model.Unplaced;
import org.asrsizing.rules.MachineRules;

/**
 * What placement moves for one site: one item per machine, one per group; what fits no tier is
 * unplaced with its reason and an error finding.
 */
final class SiteItems {

  private final Catalog catalog;
  private final PlanOptions options;
  private final List<Capacity> scaleOutTiers;
  private final String prefix;
  private final List<Unplaced> unplaced;
  private final List<Finding> findings;

  /**
   * @param unplaced receives the machines that cannot be protected
   * @param findings receives the compatibility findings and why machines are unplaced
   */
  SiteItems(
      Catalog catalog,
      PlanOptions options,
      List<Capacity> scaleOutTiers,
      String prefix,
      List<Unplaced> unplaced,
      List<Finding> findings) {
    this.catalog = catalog;
    this.options = options;
    this.scaleOutTiers = scaleOutTiers;
    this.prefix = prefix;
    this.unplaced = unplaced;
    this.findings = findings;
  }

  /** The items of {@code machines} (a site's, in name order), in that order, groups last. */
  List<Item> of(List<Machine> machines) {
    Capacity largest = largest();
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < machines.size(); i++) {
      Machine m = machines.get(i);
      findings.addAll(MachineRules.compatibility(m, catalog));
      List<Finding> incompatible = MachineRules.incompatibilities(m, catalog);
      if (!incompatible.isEmpty()) {
        incompatible(m, incompatible);
        continue;
      }
      Optional<String> reason =
          MachineRules.unprotectableReason(
              m, catalog, largest.maxChurnGiBPerDay(), options.headroomPercent());
      if (reason.isPresent()) {
        unprotectable(m, reason.get());
      } else if (m.group() == null) {
        items.add(
            new Item(m.name(), new int[] {i}, m.churnGiBPerDay(), minTier(1, m.churnGiBPerDay())));
      } else {
        groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      int[] idx = g.getValue().stream().mapToInt(Integer::intValue).toArray();
      group(g.getKey(), idx, machines).ifPresent(items::add);
    }
    return items;
  }

  private Capacity largest() {
    return scaleOutTiers.get(scaleOutTiers.size() - 1);
  }

  private void unprotectable(Machine m, String reason) {
    unplaced.add(new Unplaced(m.name(), m.site(), m.churnGiBPerDay(), reason));
    findings.add(
        new Finding(
            MachineRules.CHURN_CEILING,
            Severity.ERROR,
            prefix + "machine " + m.name() + " cannot be protected: it " + reason,
            catalog.cite(catalog.machineLimits().source())));
  }

  /**
   * Leaves out a machine the support matrix rules out: listed as unplaced with every reason, each
   * an error finding of its own rule.
   */
  private void incompatible(Machine m, List<Finding> reasons) {
    findings.addAll(MachineRules.refusals(m, reasons, prefix));
    unplaced.add(
        new Unplaced(
            m.name(), m.site(), m.churnGiBPerDay(), MachineRules.incompatibleReason(m, reasons)));
  }

  /** The item of a group, or empty when no tier holds the group (its machines then unplaced). */
  private Optional<Item> group(String name, int[] idx, List<Machine> machines) {
    double churn = 0;
    for (int i : idx) {
      churn += machines.get(i).churnGiBPerDay();
    }
    int tier = minTier(idx.length, churn);
    if (tier >= 0) {
      return Optional.of(new Item("group:" + name, idx, churn, tier));
    }
    Capacity largest = largest();
    String reason =
        "its group "
            + name
            + " ("
            + idx.length
            + " machines, "
            + Units.churn(churn)
            + ") must share one process server, and the largest tier carries "
            + largest.maxMachines()
            + " machines and "
            + Units.churn(largest.maxChurnGiBPerDay())
            + " as planned";
    for (int i : idx) {
      Machine m = machines.get(i);
      unplaced.add(new Unplaced(m.name(), m.site(), m.churnGiBPerDay(), reason));
    }
    findings.add(
        new Finding(
            SiteFindings.GROUP_TOO_LARGE,
            Severity.ERROR,
            prefix + "group " + name + " cannot be protected: " + reason.substring(4),
            ""));
    return Optional.empty();
  }

  /** The smallest scale-out tier that holds the load alone; -1 if none. */
  private int minTier(int count, double churn) {
    for (Capacity c : scaleOutTiers) {
      if (c.holds(count, churn)) {
        return c.index();
      }
    }
    return -1;
  }
}
