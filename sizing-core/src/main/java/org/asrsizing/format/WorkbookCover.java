package org.asrsizing.format;

import java.util.List;

/**
 * What the "Report" sheet of a workbook says about the run that made the plan, beyond the plan's
 * own assumptions: the tool, the date, the input and every option. A plan alone does not know
 * these, so the caller (the command line, an embedder) gives them.
 *
 * @param tool the tool and its version, for example {@code asr-sizing 0.1.0}
 * @param date the date to print, or {@code null} to print none (the bytes then do not depend on the
 *     day the workbook was written)
 * @param input what was planned: the inventory file as given, or the aggregate or example
 * @param settings every option of the run with its value, in the order to show them
 */
public record WorkbookCover(String tool, String date, String input, List<Setting> settings) {

  public WorkbookCover {
    settings = settings == null ? List.of() : List.copyOf(settings);
  }

  /**
   * One option of the run.
   *
   * @param option its name, for example {@code --change-rate}
   * @param value its value as text, with its unit
   * @param given whether it was given on the command line rather than left at its default
   */
  public record Setting(String option, String value, boolean given) {}

  /** A cover that only names the tool: for plans written without a command line. */
  public static WorkbookCover none() {
    return new WorkbookCover("asr-sizing", null, null, List.of());
  }
}
