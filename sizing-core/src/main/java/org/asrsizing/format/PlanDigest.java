package org.asrsizing.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Severity;

/**
 * The lines a manager reads first, shared by the table and the Markdown: what to buy, the risks.
 */
final class PlanDigest {

  private PlanDigest() {}

  /**
   * The servers to buy by tier and role, for example {@code 1 x management configuration server + 2
   * x large process servers}.
   */
  static String servers(Plan plan) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PlannedServer s : ServerOrder.of(plan)) {
      counts.merge(s.tier() + "\u0000" + Labels.role(s.role()), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (k, n) -> {
          String[] tierRole = k.split("\u0000");
          parts.add(n + " x " + tierRole[0] + " " + tierRole[1] + (n == 1 ? "" : "s"));
        });
    return parts.isEmpty() ? "none" : String.join(" + ", parts);
  }

  /** The totals to buy: vCPU, memory and cache disk. */
  static String totals(Plan plan) {
    return plan.summary().vcpus()
        + " vCPU, "
        + plan.summary().memoryGiB()
        + " GiB RAM, "
        + plan.summary().cacheDiskGiB()
        + " GiB cache disk";
  }

  /** The risks with counts: machines not protectable, errors, warnings; or none. */
  static String risks(Plan plan) {
    List<String> parts = new ArrayList<>();
    if (plan.summary().unplacedMachines() > 0) {
      parts.add(Labels.count(plan.summary().unplacedMachines(), "machine") + " not protectable");
    }
    long errors = count(plan.findings(), Severity.ERROR);
    long warnings = count(plan.findings(), Severity.WARNING);
    if (errors > 0) {
      parts.add(Labels.count(errors, "error"));
    }
    if (warnings > 0) {
      parts.add(Labels.count(warnings, "warning"));
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** The machines left out and rows skipped, or {@code null} when there are none. */
  static String leftOut(Plan plan) {
    int[] totals = LeftOutRows.totals(plan.findings());
    if (totals[0] == 0 && totals[1] == 0) {
      return null;
    }
    return Labels.count(totals[0], "machine")
        + " left out of the inventory, "
        + Labels.count(totals[1], "invalid row")
        + " skipped";
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity && !LeftOutRows.isLeftOut(f))
        .count();
  }
}
