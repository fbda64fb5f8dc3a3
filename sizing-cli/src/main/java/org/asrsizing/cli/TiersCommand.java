package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.CatalogHtmlWriter;
import org.asrsizing.format.CatalogJsonWriter;
import org.asrsizing.format.CatalogTableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sizing tiers}: prints a catalog's tiers, thresholds, limits and compatibility data with
 * their sources.
 */
@Command(
    name = "tiers",
    optionListHeading = "%nOptions:%n",
    description = {
      "Print a catalog: configuration server and process server tiers (or the replication"
          + " appliance), the management server and its alternatives, scale-out thresholds,"
          + " machine limits, per-disk churn limits and health thresholds, each row with the"
          + " document and date it comes from; then the compatibility data: the operating system"
          + " support table, the disk limits, the Premium disk sizes and the UEFI boot rules.",
      "An alternative configuration server limit N is chosen with --cs-limit N (plan, whatif,"
          + " rebalance, drain, health, runbook).",
      "Sizes are binary: GiB and TiB (the ASR tables' GB and TB)."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      ExitCode.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing tiers",
      "  sizing tiers --catalog asr-modernized",
      "  sizing tiers --catalog my-catalog.yaml --format json",
      "  sizing tiers --format markdown --output tiers.md",
      "  sizing tiers --format html --date 2026-12-03 --output tiers.html"
    })
final class TiersCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(
        OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.MARKDOWN, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin DateOption date;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Catalog catalog = common.loadCatalog(cmd);
    String text =
        switch (common.format) {
          case JSON -> CatalogJsonWriter.toJson(catalog);
          case MARKDOWN -> CatalogTableWriter.toMarkdown(catalog, date.text());
          case HTML -> CatalogHtmlWriter.toHtml(catalog, date.text());
          default -> CatalogTableWriter.toText(catalog);
        };
    common.emit(cmd, text);
    return ExitCode.DONE;
  }
}
