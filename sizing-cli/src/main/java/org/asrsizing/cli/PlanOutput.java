package org.asrsizing.cli;

import org.asrsizing.format.PlanCsvWriter;
import org.asrsizing.format.PlanHtmlWriter;
import org.asrsizing.format.PlanJsonWriter;
import org.asrsizing.format.PlanMarkdownWriter;
import org.asrsizing.format.PlanReportOptions;
import org.asrsizing.format.PlanTableWriter;
import org.asrsizing.format.PlanXlsxWriter;
import org.asrsizing.model.Plan;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Writes a plan in the format of {@code --format} to {@code --output} or stdout. */
final class PlanOutput {

  private PlanOutput() {}

  /** Fails with exit code 2, before any work, when the format cannot go where it is sent. */
  static void check(CommandLine cmd, CommonOptions common) {
    if (common.format.binary() && common.output == null) {
      throw new ParameterException(cmd, Messages.binaryNeedsOutput(name(common.format)));
    }
  }

  /**
   * Writes {@code result}; the options' catalog is the one it was made with, where the HTML report
   * finds the published limits of its tiers.
   */
  static void write(CommandLine cmd, CommonOptions common, Plan result, PlanReportOptions options) {
    Plan plan = OptionNames.worded(result);
    switch (common.format) {
      case TABLE -> common.emit(cmd, PlanTableWriter.toText(plan, options));
      case JSON -> common.emit(cmd, out -> PlanJsonWriter.write(plan, out));
      case CSV -> common.emit(cmd, PlanCsvWriter.toCsv(plan));
      case MARKDOWN -> common.emit(cmd, PlanMarkdownWriter.toMarkdown(plan, options));
      case XLSX ->
          common.emitFile(
              cmd,
              PlanXlsxWriter.toBytes(
                  plan, WorkbookCovers.of(cmd, options.date()), options.catalog()));
      case HTML -> common.emit(cmd, PlanHtmlWriter.toHtml(plan, options.catalog(), options.date()));
    }
  }

  static String name(OutputFormat format) {
    return format.name().toLowerCase(java.util.Locale.ROOT);
  }
}
