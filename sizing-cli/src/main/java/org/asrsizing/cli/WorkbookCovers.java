package org.asrsizing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.asrsizing.format.WorkbookCover;
import org.asrsizing.model.Units;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The "Report" sheet's account of a run: the tool's version, the input as given and every option of
 * the command with its value, so that a workbook sent to a customer says how it was made.
 */
final class WorkbookCovers {

  /** Options that say how to write, not what was planned. */
  private static final Set<String> HOW_TO_WRITE =
      Set.of(
          "--format",
          "--output",
          "--debug",
          "--quiet",
          "--help",
          "--version",
          "--date",
          "--list-excluded");

  /** Options that name the workload: the input line tells them. */
  private static final Set<String> WORKLOAD =
      Set.of(InventoryOptions.INVENTORY, "--example", "--machines", "--churn");

  /** Options that only mean something when an inventory file is read. */
  private static final Set<String> INVENTORY_ONLY =
      Set.of(
          "--inventory-format",
          "--skip-invalid",
          "--change-rate",
          "--include-powered-off",
          "--percentile");

  private WorkbookCovers() {}

  static WorkbookCover of(CommandLine cmd) {
    return of(cmd, null);
  }

  /** The cover of this run, printing {@code date} ({@code null}: no date). */
  static WorkbookCover of(CommandLine cmd, String date) {
    CommandLine.ParseResult parsed = cmd.getParseResult();
    boolean inventory = parsed.hasMatchedOption(InventoryOptions.INVENTORY);
    List<WorkbookCover.Setting> settings = new ArrayList<>();
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      String name = o.longestName();
      if (HOW_TO_WRITE.contains(name)
          || WORKLOAD.contains(name)
          || !inventory && INVENTORY_ONLY.contains(name)) {
        continue;
      }
      settings.add(new WorkbookCover.Setting(name, value(o), parsed.hasMatchedOption(name)));
    }
    return new WorkbookCover(tool(), date, input(parsed), settings);
  }

  private static String input(CommandLine.ParseResult parsed) {
    if (parsed.hasMatchedOption(InventoryOptions.INVENTORY)) {
      String file = parsed.matchedOptionValue(InventoryOptions.INVENTORY, "");
      return file.equals(InventoryOptions.STDIN)
          ? InventoryOptions.STANDARD_INPUT
          : "inventory file " + file;
    }
    if (parsed.hasMatchedOption("--example")) {
      return "the bundled example (--example): " + Example.DESCRIPTION;
    }
    if (parsed.hasMatchedOption("--machines")) {
      return "aggregate: --machines "
          + parsed.matchedOption("--machines").stringValues().get(0)
          + " --churn "
          + parsed.matchedOption("--churn").stringValues().get(0);
    }
    return null;
  }

  /** The option's value as the run used it, with its unit. */
  private static String value(OptionSpec o) {
    Object v = o.getValue();
    if (v == null) {
      return o.longestName().equals("--cs-limit")
          ? "not set: the catalog's default"
          : "not set: detected";
    }
    String text = v instanceof Double d ? Units.number(d, 6) : String.valueOf(v);
    if (v instanceof Enum<?> e) {
      text = e.name().toLowerCase(java.util.Locale.ROOT);
    }
    return "PCT".equals(o.paramLabel()) ? text + " %" : text;
  }

  /** The tool and the build's version, as {@code sizing --version} prints it. */
  static String tool() {
    Properties p = new Properties();
    try (InputStream in = WorkbookCovers.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // The version is only informative; without it the sheet says "unknown".
    }
    return "asr-sizing " + p.getProperty("version", "unknown");
  }
}
