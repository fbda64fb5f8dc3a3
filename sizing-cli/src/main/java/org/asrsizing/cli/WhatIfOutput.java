package org.asrsizing.cli;

import java.util.List;
import java.util.function.Supplier;
import org.asrsizing.format.WhatIfJson;
import org.asrsizing.model.Finding;
import org.asrsizing.whatif.WhatIfContext;
import picocli.CommandLine;

/**
 * Writes a what-if result as a table or JSON, the two formats every mode has, or as HTML for the
 * modes that have a report.
 */
final class WhatIfOutput {

  private WhatIfOutput() {}

  static void emit(
      CommonOptions common,
      CommandLine cmd,
      String mode,
      WhatIfContext context,
      Object result,
      Supplier<String> table) {
    emit(common, cmd, mode, context, result, table, null);
  }

  /** As above; {@code html} writes the HTML report, {@code null} for a mode without one. */
  static void emit(
      CommonOptions common,
      CommandLine cmd,
      String mode,
      WhatIfContext context,
      Object result,
      Supplier<String> table,
      Supplier<String> html) {
    emit(common, cmd, mode, context, null, result, table, html);
  }

  /**
   * As above, with the run's {@code findings} in the JSON ({@code null} for a mode whose JSON has
   * none yet).
   */
  static void emit(
      CommonOptions common,
      CommandLine cmd,
      String mode,
      WhatIfContext context,
      List<Finding> findings,
      Object result,
      Supplier<String> table,
      Supplier<String> html) {
    if (common.format == OutputFormat.HTML && html != null) {
      common.emit(cmd, html.get());
      return;
    }
    switch (common.format) {
      case TABLE -> common.emit(cmd, table.get());
      case JSON -> common.emit(cmd, WhatIfJson.toJson(mode, context, findings, result));
      default -> throw new IllegalStateException("--format is checked before the work");
    }
  }
}
