package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.MachineVerdict;
import org.asrsizing.model.Plan;

/**
 * The compatible / incompatible view of a plan as rows, one per reason, for every writer: each
 * machine the checks found something on, its verdict, and every reason with its rule and source.
 */
final class CompatibilityRows {

  /** The column names, in order. */
  static final List<String> COLUMNS =
      List.of("machine", "site", "verdict", "severity", "rule", "reason", "source");

  record Row(
      String machine,
      String site,
      String verdict,
      String severity,
      String rule,
      String reason,
      String source) {

    List<Object> cells() {
      return List.of(machine, site, verdict, severity, rule, reason, source);
    }
  }

  private CompatibilityRows() {}

  static List<Row> of(Plan plan) {
    List<Row> rows = new ArrayList<>();
    for (MachineVerdict v : plan.compatibility()) {
      for (Finding f : v.reasons()) {
        rows.add(
            new Row(
                v.machine(),
                v.site(),
                v.verdict(),
                f.severity().name(),
                f.rule(),
                f.message(),
                f.source()));
      }
    }
    return rows;
  }

  /** The counts of the view: machines planned, with warnings, and incompatible. */
  static String counts(Plan plan) {
    long incompatible = plan.compatibility().stream().filter(MachineVerdict::incompatible).count();
    long warned = plan.compatibility().size() - incompatible;
    long compatible = plan.summary().machines() - incompatible;
    return compatible
        + " compatible ("
        + warned
        + " of them with warnings), "
        + incompatible
        + " incompatible and left out of the plan";
  }
}
