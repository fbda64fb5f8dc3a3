package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.BandwidthHtmlWriter;
import org.asrsizing.format.BandwidthWriter;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.model.Plan;
import org.asrsizing.model.WriteSeries;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.whatif.BandwidthReport;
import org.asrsizing.whatif.InitialCopy;
import org.asrsizing.whatif.InitialReplication;
import org.asrsizing.whatif.RpoReport;
import org.asrsizing.whatif.SiteLinks;
import org.asrsizing.whatif.Throttle;
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
          + " rate).",
      "With profiled write rates (--inventory of a name,timestamp,writeMBps file), simulate the"
          + " replication backlog of each site's WAN link and each server: data arrives at the"
          + " measured rates and leaves at the link rate after compression; the RPO is the age"
          + " of the oldest byte not yet sent. It shows the bandwidth each --rpo needs in every"
          + " sample interval, in 99 %% and in 90 %% of them; with --bandwidth, the RPO the link"
          + " gets (worst, 99th and 90th percentile, intervals and days over the target, the"
          + " longest violation, the peak of each day) and whether each server's cache disk"
          + " holds its backlog. Without a series only daily averages are known: the figure is"
          + " the average upload times --peak-factor.",
      "With --bandwidth and --machine-size, also how long the initial replication of all"
          + " machines takes over the sites' links together and the batch size that finishes"
          + " within --ir-goal."
    },
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      ExitCode.INFEASIBLE_TEXT,
      WhatIfCommand.INVALID_INPUT_FILE_TEXT
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing whatif bandwidth --machines 500 --churn 3TB",
      "  sizing whatif bandwidth --inventory writes.csv --rpo 15m,1h --bandwidth 100",
      "  sizing whatif bandwidth --inventory writes.csv \\",
      "      --bandwidth hub=500,branch=100 --throttle 08:00-18:00=50Mbps",
      "  sizing whatif bandwidth --example --bandwidth 500 --machine-size 300GB \\",
      "      --ir-goal 48",
      "  sizing whatif bandwidth --inventory writes.csv --bandwidth 100 \\",
      "      --format html --output bandwidth.html"
    })
final class WhatIfBandwidthCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.HTML);
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
      converter = LinkOptions.Links.class,
      description =
          "WAN upload bandwidth of each site, Mbps (or Gbps with the unit): one rate for every"
              + " site (--bandwidth 500), one per site (--bandwidth hub=500,branch=100), or a"
              + " rate for the sites not named (--bandwidth 300,branch=100). Sites come from the"
              + " inventory's site column.")
  SiteLinks bandwidth;

  @Option(
      names = "--rpo",
      paramLabel = "DURATION",
      order = 12,
      split = ",",
      defaultValue = "15m",
      converter = LinkOptions.Minutes.class,
      description =
          "Target RPO, one or several: --rpo 15m, --rpo 15m,30m,1h (a bare number is minutes)."
              + " Default: ${DEFAULT-VALUE} (the Deployment Planner's).")
  List<Double> rpo;

  @Option(
      names = "--throttle",
      paramLabel = "WINDOW",
      order = 13,
      converter = LinkOptions.Window.class,
      description =
          "A daily window in which replication may use at most a rate, in the clock of the"
              + " samples, for example --throttle 08:00-18:00=200Mbps; repeat for several; a"
              + " window whose end is before its start runs over midnight.")
  List<Throttle> throttles;

  @Option(
      names = "--peak-factor",
      paramLabel = "X",
      order = 14,
      defaultValue = "2",
      converter = WhatIfNumberConverter.class,
      description =
          "Without profiled write rates: the busiest hours' rate as a multiple of the daily"
              + " average (1 or more). Default: ${DEFAULT-VALUE}, an assumption (about the"
              + " 54 MB/s peak against the 25 MB/s average per machine of the support matrix).")
  double peakFactor;

  @Option(
      names = "--machine-size",
      paramLabel = "SIZE",
      order = 15,
      converter = SizeConverter.class,
      description =
          "Data of one machine to copy initially, for example --machine-size 300GB (binary, a"
              + " bare number is GiB): every machine of an aggregate, and with --inventory only"
              + " the machines the inventory gives no storage for. Needs --bandwidth.")
  Double machineSize;

  @Option(
      names = "--ir-goal",
      paramLabel = "HOURS",
      order = 16,
      defaultValue = "72",
      converter = WhatIfNumberConverter.class,
      description =
          "Hours one initial replication batch may take, for example --ir-goal 48."
              + " Default: ${DEFAULT-VALUE} (the Deployment Planner's).")
  double irGoal;

  @Mixin PlanningOptions planning;

  @Mixin CommonOptions common;

  @Mixin DateOption date;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options = planning.options(cmd, catalog);
    if (machineSize != null && bandwidth == null) {
      throw new ParameterException(cmd, "--machine-size needs --bandwidth: give both or neither");
    }
    RpoReport.Options rpoOptions =
        PlanningOptions.checked(
            cmd,
            "--peak-factor",
            () ->
                new RpoReport.Options(
                    rpo,
                    bandwidth == null ? SiteLinks.NONE : bandwidth,
                    LinkOptions.orNone(throttles),
                    compression,
                    peakFactor));
    if (machineSize != null) {
      PlanningOptions.checked(
          cmd, "--machine-size", () -> InitialReplication.of(1, machineSize, 1, 1));
      PlanningOptions.checked(cmd, "--ir-goal", () -> InitialReplication.of(1, 1, 1, irGoal));
    }
    Plan plan = workload.plan(cmd, catalog, options, 0);
    List<WriteSeries> series = workload.series();
    if (!series.isEmpty() && options.growthPercent() != 0) {
      throw new ParameterException(
          cmd, "--growth does not apply to profiled write rates; leave it out or at 0");
    }
    Inventory inventory = workload.inventory();
    InitialReplication ir =
        machineSize == null || inventory != null
            ? null
            : PlanningOptions.checked(
                cmd,
                "--bandwidth",
                () ->
                    InitialReplication.of(
                        bandwidth.totalMbps(plan), machineSize, protectable(plan), irGoal));
    InitialCopy copy =
        inventory == null
                || bandwidth == null
                || (machineSize == null && inventory.storageGiB().isEmpty())
            ? null
            : InitialCopy.of(inventory.machines(), inventory.storageGiB(), machineSize, irGoal);
    BandwidthReport computed =
        PlanningOptions.checked(
            cmd, "--bandwidth", () -> BandwidthReport.of(plan, ir, copy, series, rpoOptions));
    BandwidthReport report = computed.withFindings(OptionNames.worded(computed.findings()));
    WhatIfContext context = WhatIfContext.of(catalog, options);
    WhatIfOutput.emit(
        common,
        cmd,
        "bandwidth",
        context,
        report,
        () -> BandwidthWriter.toText(report, context),
        () -> BandwidthHtmlWriter.toHtml(report, context, date.text()));
    if (!plan.unplaced().isEmpty()) {
      cmd.getErr()
          .println(
              Messages.PREFIX
                  + Messages.notProtectable(
                      plan.unplaced().size(), plan.unplaced().get(0).machine()));
      cmd.getErr().flush();
      return ExitCode.INFEASIBLE;
    }
    return ExitCode.DONE;
  }

  private static int protectable(Plan plan) {
    return plan.summary().machines() - plan.unplaced().size();
  }
}
