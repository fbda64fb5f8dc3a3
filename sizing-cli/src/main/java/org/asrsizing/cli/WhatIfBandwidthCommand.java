package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.BandwidthWriter;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import org.asrsizing.whatif.BandwidthReport;
import org.asrsizing.whatif.InitialReplication;
import org.asrsizing.whatif.WhatIfContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sizing whatif bandwidth}: network rates, initial replication and cache buffer time. */
@Command(
    name = "bandwidth",
    optionListHeading = "%nOptions:%n",
    description = {
      "Plan the workload, then show for each server that carries machines the average ingress"
          + " from the machines and egress to Azure after compression (Mbps = 10^6 bit/s), and"
          + " how many hours its cache disk absorbs the churn during a WAN outage (cache / churn"
          + " rate). With --bandwidth, also how long the initial replication of all machines"
          + " takes and the batch size that finishes within --ir-goal."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif bandwidth --machines 500 --churn 3TB",
      "  sizing whatif bandwidth --example --bandwidth 500 --machine-size 300GB \\",
      "      --ir-goal 48"
    })
final class WhatIfBandwidthCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkloadOptions workload;

  @Option(
      names = "--compression",
      paramLabel = "PCT",
      order = 10,
      defaultValue = "30",
      converter = PercentConverter.class,
      description =
          "Share of the data compression removes before upload (0 to below 100), for example"
              + " --compression 40. Default: ${DEFAULT-VALUE} (ASR's assumption).")
  double compression;

  @Option(
      names = "--bandwidth",
      paramLabel = "MBPS",
      order = 11,
      converter = WhatIfNumberConverter.Rate.class,
      description =
          "Upload bandwidth for the initial replication, Mbps (or Gbps with the unit), for"
              + " example --bandwidth 500 or --bandwidth 1Gbps. Needs --machine-size.")
  Double bandwidth;

  @Option(
      names = "--machine-size",
      paramLabel = "SIZE",
      order = 12,
      converter = SizeConverter.class,
      description =
          "Data of one machine to copy initially, for example --machine-size 300GB (binary, a"
              + " bare number is GiB).")
  Double machineSize;

  @Option(
      names = "--ir-goal",
      paramLabel = "HOURS",
      order = 13,
      defaultValue = "72",
      converter = WhatIfNumberConverter.class,
      description =
          "Hours one initial replication batch may take, for example --ir-goal 48."
              + " Default: ${DEFAULT-VALUE} (the Deployment Planner's).")
  double irGoal;

  @Mixin PlanningOptions planning;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Workload w = workload.workload(cmd);
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options = planning.options(cmd, catalog, w);
    if ((bandwidth == null) != (machineSize == null)) {
      throw new ParameterException(
          cmd, "--bandwidth and --machine-size go together: give both or neither");
    }
    InitialReplication ir = null;
    if (bandwidth != null) {
      PlanningOptions.checked(
          cmd, "--machine-size", () -> InitialReplication.of(1, machineSize, 1, 1));
      PlanningOptions.checked(cmd, "--ir-goal", () -> InitialReplication.of(1, 1, 1, irGoal));
      ir = InitialReplication.of(bandwidth, machineSize, w.machineCount(), irGoal);
    }
    Plan plan = Planner.plan(w, catalog, options);
    InitialReplication initial = ir;
    BandwidthReport report =
        PlanningOptions.checked(
            cmd, "--compression", () -> BandwidthReport.of(plan, compression, initial));
    WhatIfContext context = WhatIfContext.of(catalog, options);
    WhatIfOutput.emit(
        common, cmd, "bandwidth", context, report, () -> BandwidthWriter.toText(report, context));
    return ExitCode.DONE;
  }
}
