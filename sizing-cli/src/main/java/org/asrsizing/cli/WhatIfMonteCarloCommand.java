package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.MonteCarloHtmlWriter;
import org.asrsizing.format.MonteCarloWriter;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.MonteCarlo;
import org.asrsizing.whatif.MonteCarloResult;
import org.asrsizing.whatif.WhatIfContext;
import org.asrsizing.whatif.WhatIfFindings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sizing whatif montecarlo}: how often the plan holds when churn varies day to day. */
@Command(
    name = "montecarlo",
    optionListHeading = "%nOptions:%n",
    description = {
      "Simulate days on which every machine's churn varies around its value (lognormal with the"
          + " machine's churn as mean and --churn-cv as coefficient of variation; each day draws"
          + " one churn per server, from the shifted lognormal of the same mean, variance and"
          + " skewness as the sum of its machines'), report how"
          + " often each server of the plan stays within its tier's published churn limit, and"
          + " find the cheapest plan that holds on at least --confidence of the days: plans of"
          + " whole-percent headroom are simulated on the same days and a search over the headroom"
          + " (it plans about 2 log2(h) times for a headroom of h %%, assuming more headroom never"
          + " holds less often) shows the least that holds. Days are simulated in parallel in"
          + " blocks of 10 days; the same --seed always gives the same output, on any number of"
          + " cores."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif montecarlo --machines 400 --churn 4TB --churn-cv 0.5",
      "  sizing whatif montecarlo --example --trials 2000 --seed 7 --confidence 99",
      "  sizing whatif montecarlo --machines 400 --churn 4TB --format html \\",
      "      --output montecarlo.html"
    })
final class WhatIfMonteCarloCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkloadOptions workload;

  @Option(
      names = "--churn-cv",
      paramLabel = "CV",
      order = 10,
      defaultValue = "0.3",
      converter = WhatIfNumberConverter.class,
      description =
          "Coefficient of variation of each machine's daily churn (standard deviation / mean,"
              + " above 0 and at most 10), for example --churn-cv 0.5. Default: ${DEFAULT-VALUE}.")
  double churnCv;

  @Option(
      names = "--trials",
      paramLabel = "N",
      order = 11,
      defaultValue = "1000",
      description =
          "Simulated days, at most 100,000; trials x carrying servers of a plan shown may be at"
              + " most 25,000,000, which bounds memory (each day draws one churn per server, so"
              + " time grows with servers x trials, not machines x trials), for example --trials"
              + " 5000."
              + " Default: ${DEFAULT-VALUE}.")
  int trials;

  @Option(
      names = "--seed",
      paramLabel = "S",
      order = 12,
      defaultValue = "1",
      description =
          "Seed of the random generator, for example --seed 42. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--confidence",
      paramLabel = "PCT",
      order = 13,
      defaultValue = "95",
      converter = PercentConverter.class,
      description =
          "Share of days on which all servers must hold for the plan that holds (above 0, below"
              + " 100), for example --confidence 99. Default: ${DEFAULT-VALUE}.")
  double confidence;

  @Mixin PlanningOptions planning;

  @Mixin CommonOptions common;

  @Mixin DateOption date;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Workload w = workload.workload(cmd);
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options = planning.options(cmd, catalog, w);
    PlanningOptions.checked(cmd, "--churn-cv", () -> check(churnCv, 1, 50));
    PlanningOptions.checked(cmd, "--trials", () -> check(1, trials, 50));
    PlanningOptions.checked(cmd, "--confidence", () -> check(1, 1, confidence));
    MonteCarloResult r = run(cmd, w, catalog, options);
    WhatIfContext context = WhatIfContext.of(catalog, options);
    List<Finding> findings = WhatIfFindings.of(catalog, options);
    WhatIfOutput.emit(
        common,
        cmd,
        "montecarlo",
        context,
        findings,
        r,
        () -> MonteCarloWriter.toText(r, context),
        () -> MonteCarloHtmlWriter.toHtml(r, context, OptionNames.worded(findings), date.text()));
    return ExitCode.DONE;
  }

  private static boolean check(double cv, int trials, double confidence) {
    MonteCarlo.check(cv, trials, confidence);
    return true;
  }

  /** The run; a plan with more servers than the trials allow is a mistake of {@code --trials}. */
  private MonteCarloResult run(CommandLine cmd, Workload w, Catalog catalog, PlanOptions options) {
    try {
      return MonteCarlo.run(w, catalog, options, churnCv, trials, seed, confidence);
    } catch (MonteCarlo.TooManyServerDays e) {
      throw new ParameterException(cmd, Messages.invalidOption("--trials", e.getMessage()));
    }
  }
}
