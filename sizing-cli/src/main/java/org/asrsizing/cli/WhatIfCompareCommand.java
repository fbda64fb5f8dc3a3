package org.asrsizing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.ScenarioHtmlWriter;
import org.asrsizing.format.ScenarioWriter;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.io.ScenarioFileReader;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.ScenarioComparison;
import org.asrsizing.whatif.ScenarioFile;
import org.asrsizing.whatif.WhatIfContext;
import org.asrsizing.whatif.WhatIfFindings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sizing whatif compare}: named scenarios from a file, side by side. */
@Command(
    name = "compare",
    optionListHeading = "%nOptions:%n",
    description = {
      "Plan every scenario of a YAML or JSON file and show them side by side. A scenario may set"
          + " machines, churnGiBPerDay, machinesMultiplier, churnMultiplier, growthPercent,"
          + " headroomPercent, catalog, prefer and csLimit; what it leaves out comes from the"
          + " command line (see docs/whatif.md)."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif compare --scenarios docs/examples/scenarios.yaml --example",
      "  sizing whatif compare --scenarios scenarios.json --machines 500 --churn 3TB \\",
      "      --format json"
    })
final class WhatIfCompareCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--scenarios",
      required = true,
      paramLabel = "FILE",
      order = 0,
      description =
          "YAML (or .json) file with a list 'scenarios', for example --scenarios"
              + " docs/examples/scenarios.yaml.")
  Path scenarios;

  @Mixin WorkloadOptions workload;

  @Option(
      names = "--growth",
      paramLabel = "PCT",
      order = 11,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "Growth for scenarios that set none (0 to 1000), for example --growth 30."
              + " Default: ${DEFAULT-VALUE}.")
  double growth;

  @Mixin PlanningOptions planning;

  @Mixin CommonOptions common;

  @Mixin DateOption date;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    if (!Files.isRegularFile(scenarios)) {
      throw new ParameterException(
          cmd,
          Messages.invalidOption("--scenarios", "'" + scenarios + "' is not an existing file"));
    }
    Workload base = workload.present() ? workload.workload(cmd) : null;
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options =
        PlanningOptions.checked(
            cmd, "--growth", () -> planning.options(cmd, catalog).withGrowthPercent(growth));
    if (base != null) {
      PlanningOptions.checkHub(cmd, catalog, options.hub(), base);
    }
    Path folder = scenarios.toAbsolutePath().getParent();
    ScenarioFile file = ScenarioFileReader.read(scenarios);
    ScenarioComparison c =
        ScenarioComparison.compare(
            file.scenarios(), base, catalog, options, name -> catalog(folder, name));
    WhatIfContext context = WhatIfContext.of(catalog, options);
    WhatIfOutput.emit(
        common,
        cmd,
        "compare",
        context,
        WhatIfFindings.of(catalog, options),
        c,
        () -> ScenarioWriter.toText(c, context),
        () -> ScenarioHtmlWriter.toHtml(c, context, date.text()));
    return ExitCode.DONE;
  }

  /** A built-in catalog, or a catalog file relative to the scenario file. */
  private static Catalog catalog(Path folder, String name) {
    if (CatalogLoader.BUILT_IN.contains(name)) {
      return CatalogLoader.builtIn(name);
    }
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "catalog '" + name + "' is neither built in nor a file next to the scenario file");
    }
    return CatalogLoader.fromFile(file);
  }
}
