package org.asrsizing.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.TimelineHtmlWriter;
import org.asrsizing.format.TimelineWriter;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.PathChange;
import org.asrsizing.whatif.Timeline;
import org.asrsizing.whatif.WhatIfContext;
import org.asrsizing.whatif.WhatIfFindings;
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
      "Follow the deployment month by month up to the horizon while machine count and churn"
          + " grow, each at its own rate per year compounded monthly ((1 + g)^(month/12); machine"
          + " counts rounded up). Month 0 is planned; every later month starts from the servers"
          + " bought by the month before and changes them as little as the limits allow:"
          + " nothing bought is removed or made smaller, servers are added or resized only when a"
          + " limit would be exceeded, and the fewest machines move. Each month is compared with"
          + " planning it afresh and with its lower bound (vCPU). Events say what to buy or"
          + " change in which month, why, and which machines move."
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
      "      --output timeline.html",
      "  sizing whatif timeline --machines 150 --churn 1000GiB --growth-machines 20 \\",
      "      --start 2027-01 --when-full add --save-month 24 \\",
      "      --save-deployment month24.json"
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
              + "), for example --horizon 24. Default: ${DEFAULT-VALUE}. Every month is"
              + " planned and changed over all its machines, so the months' machines added up"
              + " may be at most "
              + Timeline.MAX_MACHINE_MONTHS
              + " machine-months (60 months of 100000 machines growing 20 percent a year are 9.97"
              + " million), and no month may have more machines than a plan may.")
  int horizon;

  @Option(
      names = "--when-full",
      paramLabel = "HOW",
      order = 13,
      defaultValue = "cheapest",
      converter = ChangeConverter.class,
      completionCandidates = ChangeNames.class,
      description =
          "How a month that needs more room gets it: add (add servers), resize (resize servers"
              + " already bought to a larger tier where that avoids adding one) or cheapest (the"
              + " cheaper of the two: fewest vCPUs, then memory, cache disk and moves)."
              + " Default: ${DEFAULT-VALUE}.")
  PathChange whenFull;

  @Option(
      names = "--allow-retire",
      order = 14,
      description =
          "Let the path drain and retire a process server it bought when the month is cheaper"
              + " without it (its machines move to the servers kept). Default: nothing bought is"
              + " removed.")
  boolean allowRetire;

  @Option(
      names = "--start",
      paramLabel = "YYYY-MM",
      order = 14,
      converter = StartConverter.class,
      description =
          "The calendar month of month 0, for example --start 2027-01: every month and event"
              + " then has its date.")
  YearMonth start;

  @Option(
      names = "--save-deployment",
      paramLabel = "FILE",
      order = 15,
      description =
          "Also write the deployment of month --save-month as bought (JSON, the format"
              + " --deployment of sizing rebalance reads), so that a rebalance can start from it.")
  Path saveDeployment;

  @Option(
      names = "--save-month",
      paramLabel = "M",
      order = 16,
      description = "The month --save-deployment writes, 0 to the horizon. Default: the horizon.")
  Integer saveMonth;

  @Mixin PlanningOptions planning;

  @Mixin CommonOptions common;

  @Mixin DateOption date;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Workload w = workload.workload(cmd);
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options = planning.options(cmd, catalog, w);
    PlanningOptions.checked(cmd, "--growth-machines", () -> Timeline.checkGrowth(growthMachines));
    PlanningOptions.checked(cmd, "--growth-churn", () -> Timeline.checkGrowth(growthChurn));
    PlanningOptions.checked(cmd, "--horizon", () -> Timeline.checkHorizon(horizon));
    int saved = saveMonth == null ? horizon : saveMonth;
    if (saved < 0 || saved > horizon) {
      throw new CommandLine.ParameterException(
          cmd,
          Messages.invalidOption(
              "--save-month",
              "expected a month from 0 to the horizon, " + horizon + "; got " + saved));
    }
    if (saveMonth != null && saveDeployment == null) {
      throw new CommandLine.ParameterException(
          cmd,
          Messages.invalidOption(
              "--save-month",
              "it names the month --save-deployment writes; add --save-deployment FILE"));
    }
    Timeline.Growth growth = new Timeline.Growth(growthMachines, growthChurn, horizon, start);
    PlanningOptions.checked(
        cmd,
        "--horizon",
        () -> {
          Timeline.checkFollowed(w.machines().size(), w.aggregate(), growth);
          return horizon;
        });
    Timeline t = Timeline.compute(w, catalog, options, growth, whenFull, allowRetire);
    if (saveDeployment != null) {
      DeploymentOptions.save(
          cmd,
          "--save-deployment",
          saveDeployment,
          org.asrsizing.format.Json.toJson(t.months().get(saved).deploymentFile()));
    }
    WhatIfContext context = WhatIfContext.of(catalog, options);
    WhatIfOutput.emit(
        common,
        cmd,
        "timeline",
        context,
        WhatIfFindings.of(catalog, options),
        t,
        () -> TimelineWriter.toText(t, context),
        () -> TimelineHtmlWriter.toHtml(t, context, date.text()));
    return ExitCode.DONE;
  }

  static final class ChangeConverter extends LowerCaseEnumConverter<PathChange> {
    ChangeConverter() {
      super(PathChange.class);
    }
  }

  static final class ChangeNames extends LowerCaseEnumConverter.Names {
    ChangeNames() {
      super(PathChange.class);
    }
  }

  /** A calendar month written {@code YYYY-MM}. */
  static final class StartConverter implements CommandLine.ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "expected a month written YYYY-MM, for example 2027-01; got '" + value + "'");
      }
    }
  }
}
