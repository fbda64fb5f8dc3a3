package org.asrsizing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.ForecastHtmlWriter;
import org.asrsizing.format.ForecastWriter;
import org.asrsizing.io.HistoryReader;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.Forecast;
import org.asrsizing.whatif.ForecastResult;
import org.asrsizing.whatif.HistoryPoint;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.WhatIfContext;
import org.asrsizing.whatif.WhatIfFindings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sizing whatif forecast}: trends in measured history and when thresholds are crossed. */
@Command(
    name = "forecast",
    optionListHeading = "%nOptions:%n",
    description = {
      "Fit linear and exponential trends (least squares; exponential on the logarithms) to a"
          + " CSV of measured daily churn and optionally machine counts, keep the one with the"
          + " smaller residual sum of squares, forecast month by month with prediction"
          + " intervals, and give the dates the catalog's thresholds (configuration server"
          + " limits, scale-out at 200 machines or 2 TiB/day) are expected to be exceeded.",
      "The CSV has a header row: date,churnGiBPerDay[,machines]; dates ISO (2024-01-31) and"
          + " increasing; at least 3 rows."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif forecast --history churn-history.csv",
      "  sizing whatif forecast --history churn-history.csv --horizon 12 \\",
      "      --confidence 80"
    })
final class WhatIfForecastCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--history",
      required = true,
      paramLabel = "FILE",
      order = 0,
      description =
          "CSV of measured days with header date,churnGiBPerDay[,machines], for example"
              + " --history docs/examples/churn-history.csv.")
  Path history;

  @Option(
      names = "--horizon",
      paramLabel = "MONTHS",
      order = 10,
      defaultValue = "24",
      description =
          "Months after the last measurement to forecast (0 to 300), for example --horizon 12."
              + " Default: ${DEFAULT-VALUE}.")
  int horizon;

  @Option(
      names = "--confidence",
      paramLabel = "PCT",
      order = 11,
      defaultValue = "95",
      converter = PercentConverter.class,
      description =
          "Coverage of the prediction intervals (above 0, below 100), for example --confidence"
              + " 80. Default: ${DEFAULT-VALUE}.")
  double confidence;

  @Mixin CommonOptions common;

  @Mixin DateOption date;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    PlanningOptions.checked(cmd, "--horizon", () -> Timeline.checkHorizon(horizon));
    PlanningOptions.checked(cmd, "--confidence", () -> Forecast.checkConfidence(confidence));
    if (!Files.isRegularFile(history)) {
      throw new ParameterException(
          cmd, Messages.invalidOption("--history", "'" + history + "' is not an existing file"));
    }
    Catalog catalog = common.loadCatalog(cmd);
    List<HistoryPoint> points = HistoryReader.read(history);
    ForecastResult r = Forecast.of(points, catalog, horizon, confidence);
    WhatIfContext context = WhatIfContext.of(catalog, PlanOptions.defaults());
    WhatIfOutput.emit(
        common,
        cmd,
        "forecast",
        context,
        WhatIfFindings.of(catalog, PlanOptions.defaults()),
        r,
        () -> ForecastWriter.toText(r, context),
        () -> ForecastHtmlWriter.toHtml(r, context, date.text()));
    return ExitCode.DONE;
  }
}
