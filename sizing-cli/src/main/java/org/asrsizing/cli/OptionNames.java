package org.asrsizing.cli;

import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.InputFileException;
import org.asrsizing.model.Plan;
import org.asrsizing.operate.Rebalance;

/**
 * How the command line names the settings that core findings and input errors advise changing: as
 * its options. The core names them in neutral words (see {@link org.asrsizing.model.Setting}).
 */
final class OptionNames {

  private OptionNames() {}

  /** The option (and value) that makes the change {@code hint} advises. */
  static String of(Hint hint) {
    return switch (hint.setting()) {
      case PREFERENCE -> "--prefer " + hint.value();
      case CATALOG -> "--catalog";
      case INVENTORY -> "--inventory";
      case INVENTORY_FORMAT -> "--inventory-format";
      case CHANGE_RATE -> "--change-rate";
      case INCLUDE_POWERED_OFF -> "--include-powered-off";
      case DEPLOYMENT_FORMAT -> "docs/operate.md";
      case COMPRESSION -> "--compression";
      case PEAK_FACTOR -> "--peak-factor";
      case BANDWIDTH -> "--bandwidth";
      case MACHINE_SIZE -> "--machine-size";
      case SITE_BY -> "--site-by";
    };
  }

  /** The message of {@code e} with its advice worded as an option. */
  static String message(InputFileException e) {
    return e.hint() == null ? e.getMessage() : e.hint().reword(e.getMessage(), of(e.hint()));
  }

  static List<Finding> worded(List<Finding> findings) {
    return findings.stream().map(f -> f.worded(OptionNames::of)).toList();
  }

  static Plan worded(Plan plan) {
    return plan.withFindings(worded(plan.findings()));
  }

  static Rebalance worded(Rebalance r) {
    return r.withFindings(worded(r.findings()));
  }
}
