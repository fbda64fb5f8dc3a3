package org.asrsizing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.asrsizing.io.inventory.ChurnJoin;
import org.asrsizing.io.inventory.Inventories;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.io.inventory.InventoryFormat;
import org.asrsizing.io.inventory.ReadOptions;
import org.asrsizing.model.Workload;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * How {@code sizing plan --inventory FILE} reads its file: the format, invalid rows, and the
 * assumptions for inventories without churn. The file option itself is in the workload group.
 */
final class InventoryOptions {

  static final String INVENTORY = "--inventory";

  /** The file name that means standard input (and, for {@code --output}, standard output). */
  static final String STDIN = "-";

  /** How messages and findings name an inventory read from standard input. */
  static final String STANDARD_INPUT = "standard input";

  @Option(
      names = "--inventory-format",
      paramLabel = "FORMAT",
      order = 5,
      converter = FormatConverter.class,
      completionCandidates = FormatCandidates.class,
      description =
          "Format of the --inventory file: ${COMPLETION-CANDIDATES}. Default: detected from the"
              + " name (.json, .yaml/.yml, .xlsx, a folder) or from the CSV header line.")
  InventoryFormat format;

  @Option(
      names = "--skip-invalid",
      order = 6,
      description =
          "Skip invalid rows of the inventory instead of stopping at the first one; each skipped"
              + " row is listed with its reason in the findings and counted on stderr.")
  boolean skipInvalid;

  @Option(
      names = "--change-rate",
      paramLabel = "PCT",
      order = 7,
      defaultValue = "5",
      converter = PercentConverter.class,
      description =
          "RVTools inventories have no churn: estimate each machine's daily churn as PCT percent"
              + " of its storage in use (0 to 100). Default: ${DEFAULT-VALUE}.")
  double changeRatePercent;

  @Option(
      names = "--include-powered-off",
      order = 8,
      description =
          "Keep the powered-off and suspended machines and the templates of an RVTools"
              + " inventory; by default they are left out, counted and listed.")
  boolean includePoweredOff;

  @Option(
      names = "--percentile",
      paramLabel = "P",
      order = 9,
      defaultValue = "95",
      converter = PercentConverter.class,
      description =
          "Profiled write rates (--inventory-format profile): a machine's daily churn is the"
              + " P-th percentile of the data it writes per day, its peak write rate the P-th"
              + " percentile of its samples (above 0 to 100). Default: ${DEFAULT-VALUE}.")
  double percentile;

  @Option(
      names = "--csv-delimiter",
      paramLabel = "CHAR",
      order = 10,
      converter = DelimiterConverter.class,
      description =
          "The character between the cells of a CSV inventory: comma, semicolon, tab or |"
              + " (',', ';', 'tab', '|'). Default: the one its header line uses most.")
  Character csvDelimiter;

  @Option(
      names = "--decimal-comma",
      paramLabel = "true|false",
      order = 11,
      arity = "0..1",
      fallbackValue = "true",
      description =
          "Whether a CSV inventory writes decimals with a comma (1,5), as spreadsheets export on"
              + " many European locales; a number with a point is then refused, since it may"
              + " separate thousands. Default: exactly when its cells are separated by semicolons.")
  Boolean decimalComma;

  @Option(
      names = "--churn-from",
      paramLabel = "FILE",
      order = 12,
      description =
          "Measured churn to join onto the inventory by machine name (case-insensitive): a"
              + " native CSV/JSON/YAML inventory or profiled write rates. Matched machines take"
              + " its daily churn; the others keep the inventory's estimate; both counts and the"
              + " file's rows that name no machine are listed in the findings.")
  Path churnFrom;

  @Option(
      names = "--site-by",
      paramLabel = "COLUMN",
      order = 13,
      description =
          "Where a machine's site comes from, so that machines of different sites (a DMZ or PCI"
              + " cluster) never share a process server: for RVTools datacenter (the default),"
              + " cluster, folder or host; for any format the name of a column or field."
              + " Default: the format's own (site, or RVTools' Datacenter).")
  String siteBy;

  /** Options that only mean something with {@code --inventory}. */
  private static final List<String> INVENTORY_ONLY =
      List.of(
          "--inventory-format",
          "--skip-invalid",
          "--change-rate",
          "--include-powered-off",
          "--percentile",
          "--csv-delimiter",
          "--decimal-comma",
          "--churn-from",
          "--site-by");

  /** Fails when an inventory option is given without {@code --inventory}. */
  void checkUsedWithInventory(CommandLine cmd) {
    for (String option : INVENTORY_ONLY) {
      if (cmd.getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(cmd, Messages.needsInventory(option));
      }
    }
  }

  /**
   * Reads {@code file}, or standard input for {@code -}: exit 2 if it does not exist, 4 if it
   * cannot be used.
   */
  Inventory read(CommandLine cmd, String file) {
    Inventory inventory = readInventory(cmd, file);
    if (churnFrom == null) {
      return inventory;
    }
    if (!Files.exists(churnFrom)) {
      throw new ParameterException(
          cmd, Messages.invalidOption("--churn-from", "file " + churnFrom + " does not exist"));
    }
    return ChurnJoin.apply(inventory, Inventories.read(churnFrom, null, readOptions(cmd)));
  }

  private Inventory readInventory(CommandLine cmd, String file) {
    ReadOptions options = readOptions(cmd);
    if (file.equals(STDIN)) {
      return Inventories.read(System.in, STANDARD_INPUT, format, options);
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new ParameterException(cmd, Messages.noInventory(file));
    }
    if (!Files.exists(path)) {
      throw new ParameterException(cmd, Messages.noInventory(file));
    }
    if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
      // A pipe (/dev/stdin, <(...)) can be read once only: detecting its format would consume it.
      try (InputStream in = org.asrsizing.io.InputFiles.openPipe(path)) {
        return Inventories.read(in, file, format, options);
      } catch (IOException e) {
        throw new org.asrsizing.io.inventory.InventoryException(
            "inventory " + file + " cannot be read: " + Messages.firstLine(e.getMessage()), e);
      }
    }
    return Inventories.read(path, format, options);
  }

  private ReadOptions readOptions(CommandLine cmd) {
    try {
      return new ReadOptions(skipInvalid, changeRatePercent, includePoweredOff, percentile)
          .withCsv(csvDelimiter, decimalComma)
          .withSiteBy(siteBy);
    } catch (IllegalArgumentException e) {
      String option = e.getMessage().contains("percentile") ? "--percentile" : "--change-rate";
      throw new ParameterException(cmd, Messages.invalidOption(option, e.getMessage()));
    }
  }

  /** The machines of {@code inventory}: exit 4 if there are none. */
  static Workload workload(Inventory inventory) {
    return inventory.workload();
  }

  /**
   * One line on stderr when rows were skipped or machines left out, so none goes unnoticed; none
   * with {@code --quiet} (the findings still list them).
   */
  static void report(CommandLine cmd, Inventory inventory) {
    if (inventory.skipped().isEmpty() && inventory.excluded().isEmpty()
        || cmd.getParseResult().hasMatchedOption(CommonOptions.QUIET)) {
      return;
    }
    Progress.stop();
    cmd.getErr()
        .println(
            Messages.PREFIX
                + Messages.leftOut(
                    inventory.source(), inventory.skipped().size(), inventory.excluded().size()));
    cmd.getErr().flush();
  }

  /** Inventory format names on the command line: {@code --inventory-format rvtools}. */
  static final class FormatConverter implements ITypeConverter<InventoryFormat> {
    @Override
    public InventoryFormat convert(String value) {
      return InventoryFormat.byId(value.strip())
          .orElseThrow(
              () -> new TypeConversionException(Messages.notAChoice(value, InventoryFormat.ids())));
    }
  }

  /** The format names listed in the help. */
  static final class FormatCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return InventoryFormat.ids().iterator();
    }
  }
}
