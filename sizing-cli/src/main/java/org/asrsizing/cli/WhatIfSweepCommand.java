package org.asrsizing.cli;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.SweepHtmlWriter;
import org.asrsizing.format.SweepWriter;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.Sweep;
import org.asrsizing.whatif.WhatIfContext;
import org.asrsizing.whatif.WhatIfFindings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sizing whatif sweep}: one input varied over a range. */
@Command(
    name = "sweep",
    optionListHeading = "%nOptions:%n",
    description = {
      "Vary one input from --from to --to by --step and plan each value: churn and machines as"
          + " multipliers of the workload (machine counts rounded up), growth and headroom as"
          + " percentages."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif sweep --example --vary churn --from 0.5 --to 3 --step 0.5",
      "  sizing whatif sweep --machines 500 --churn 3TB --vary headroom --from 0 \\",
      "      --to 40 --step 10"
    })
final class WhatIfSweepCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkloadOptions workload;

  @Option(
      names = "--vary",
      required = true,
      paramLabel = "INPUT",
      order = 10,
      converter = VariableConverter.class,
      completionCandidates = VariableNames.class,
      description = "What to vary: ${COMPLETION-CANDIDATES}, for example --vary churn.")
  Sweep.Variable vary;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "X",
      order = 11,
      converter = WhatIfNumberConverter.Exact.class,
      description =
          "First value (a multiplier such as 0.5, or a percentage), for example --from 0.5.")
  BigDecimal from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "X",
      order = 12,
      converter = WhatIfNumberConverter.Exact.class,
      description = "Last value, included when the steps reach it, for example --to 3.")
  BigDecimal to;

  @Option(
      names = "--step",
      paramLabel = "X",
      order = 13,
      defaultValue = "1",
      converter = WhatIfNumberConverter.Exact.class,
      description =
          "Step between values (at most 500 values), for example --step 0.5."
              + " Default: ${DEFAULT-VALUE}.")
  BigDecimal step;

  @Mixin PlanningOptions planning;

  @Mixin CommonOptions common;

  @Mixin DateOption date;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Workload w = workload.workload(cmd);
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options = planning.options(cmd, catalog, w);
    if (to.compareTo(from) < 0) {
      throw new ParameterException(
          cmd,
          Messages.invalidOption(
              "--to", "the end of the range must not be below its start (--from " + from + ")"));
    }
    List<BigDecimal> values =
        PlanningOptions.checked(cmd, "--step", () -> Sweep.values(from, to, step));
    // Each value is checked by the planner's own rules on the first and last value.
    PlanningOptions.checked(
        cmd, "--from", () -> Sweep.run(w, catalog, options, vary, List.of(from)));
    PlanningOptions.checked(
        cmd,
        "--to",
        () -> Sweep.run(w, catalog, options, vary, List.of(values.get(values.size() - 1))));
    Sweep s = Sweep.run(w, catalog, options, vary, values);
    WhatIfContext context = WhatIfContext.of(catalog, options);
    WhatIfOutput.emit(
        common,
        cmd,
        "sweep",
        context,
        WhatIfFindings.of(catalog, options),
        s,
        () -> SweepWriter.toText(s, context),
        () -> SweepHtmlWriter.toHtml(s, context, date.text()));
    return ExitCode.DONE;
  }

  static final class VariableConverter extends LowerCaseEnumConverter<Sweep.Variable> {
    VariableConverter() {
      super(Sweep.Variable.class);
    }
  }

  static final class VariableNames extends LowerCaseEnumConverter.Names {
    VariableNames() {
      super(Sweep.Variable.class);
    }
  }
}
