package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.TimelineHtmlWriter;
import org.asrsizing.format.TimelineWriter;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.WhatIfContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sizing whatif timeline}: the deployment month by month while the workload grows. */
@Command(
    name = "timeline",
    optionListHeading = "%nOptions:%n",
    description = {
      "Plan the workload for every month up to the horizon while machine count and churn grow,"
          + " each at its own rate per year compounded monthly ((1 + g)^(month/12); machine"
          + " counts rounded up), and list the months where the deployment must change: first"
          + " scale-out, each added process server or configuration server, tier changes."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif timeline --machines 150 --churn 1TB --growth-machines 20 \\",
      "      --growth-churn 30",
      "  sizing whatif timeline --example --growth-churn 25 --horizon 24 --format json",
      "  sizing whatif timeline --example --growth-churn 25 --format html \\",
      "      --output timeline.html"
    })
final class WhatIfTimelineCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkloadOptions workload;

  @Option(
      names = "--growth-machines",
      paramLabel = "PCT",
      order = 10,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "Growth of the machine count per year (0 to 1000), for example --growth-machines 20."
              + " Default: ${DEFAULT-VALUE}.")
  double growthMachines;

  @Option(
      names = "--growth-churn",
      paramLabel = "PCT",
      order = 11,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "Growth of the total daily churn per year (0 to 1000), for example --growth-churn 30."
              + " Default: ${DEFAULT-VALUE}.")
  double growthChurn;

  @Option(
      names = "--horizon",
      paramLabel = "MONTHS",
      order = 12,
      defaultValue = "36",
      description =
          "Last month to plan (0 to "
              + Timeline.MAX_HORIZON_MONTHS
              + "), for example --horizon 24. Default: ${DEFAULT-VALUE}.")
  int horizon;

  @Mixin PlanningOptions planning;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Workload w = workload.workload(cmd);
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options = planning.options(cmd, catalog);
    PlanningOptions.checked(cmd, "--growth-machines", () -> Timeline.checkGrowth(growthMachines));
    PlanningOptions.checked(cmd, "--growth-churn", () -> Timeline.checkGrowth(growthChurn));
    PlanningOptions.checked(cmd, "--horizon", () -> Timeline.checkHorizon(horizon));
    Timeline t = Timeline.compute(w, catalog, options, growthMachines, growthChurn, horizon);
    WhatIfContext context = WhatIfContext.of(catalog, options);
    WhatIfOutput.emit(
        common,
        cmd,
        "timeline",
        context,
        t,
        () -> TimelineWriter.toText(t, context),
        () -> TimelineHtmlWriter.toHtml(t, context));
    return ExitCode.DONE;
  }
}
