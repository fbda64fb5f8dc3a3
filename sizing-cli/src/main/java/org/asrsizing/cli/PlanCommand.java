package org.asrsizing.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.PlanReportOptions;
import org.asrsizing.model.Plan;
import org.asrsizing.plan.PlanOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sizing plan}: sizes and places a workload and prints the plan. */
@Command(
    name = "plan",
    optionListHeading = "%nOptions:%n",
    description = {
      "Size the configuration servers and process servers (or replication appliances) that"
          + " protect a workload, place the machines on them, and explain every decision.",
      "Sizes are binary: GB and TB are read as GiB and TiB (1 TB = 1024 GiB), as the ASR tables"
          + " use them; churn is per day."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing plan --example",
      "  sizing plan --machines 500 --churn 3TB",
      "  sizing plan --inventory machines.csv --skip-invalid",
      "  sizing plan --inventory RVTools_export.xlsx --change-rate 3",
      "  sizing plan --machines 220 --churn 1.5TB --prefer servers --format json",
      "  sizing plan --machines 800 --churn 6TB --cs-limit 650 --growth 30",
      "  sizing plan --machines 300 --churn 2TB --catalog asr-modernized",
      "  sizing plan --example --format json --output plan.json",
      "  sizing plan --example --format xlsx --output plan.xlsx",
      "  sizing plan --example --format html --output plan.html",
      "  sizing plan --example --spare 1"
    })
final class PlanCommand implements Callable<Integer>, WritesFormats {

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.allOf(OutputFormat.class);
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkloadOptions workload;

  @Option(
      names = "--growth",
      paramLabel = "PCT",
      order = 11,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "Grow machine count and churn by PCT percent before sizing (0 to 1000)."
              + " Default: ${DEFAULT-VALUE}.")
  double growthPercent;

  @Mixin PlanningOptions planning;

  @Option(
      names = "--spare",
      paramLabel = "N",
      order = 14,
      defaultValue = "0",
      description =
          "K from 1 to 3: the cheapest plan in which any K process servers of a configuration"
              + " server can fail and the others take their machines within their tiers' limits:"
              + " hot spares or active-active, whichever is cheaper; the findings say which, why"
              + " and what N+K costs. Default: ${DEFAULT-VALUE}.")
  int spare;

  @Option(
      names = "--failover-headroom",
      paramLabel = "PCT",
      order = 15,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "With --spare: keep PCT percent of every tier limit free on the servers that take a"
              + " failed server's machines (0 to the headroom). Default: ${DEFAULT-VALUE}.")
  double failoverHeadroomPercent;

  @Mixin ListExcludedOption excluded;

  @Mixin DateOption date;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    PlanOutput.check(cmd, common);
    PlanningOptions.checkSpare(cmd, spare);
    Catalog catalog = common.loadCatalog(cmd);
    PlanOptions options = options(catalog);
    PlanningOptions.checkFailoverHeadroom(cmd, failoverHeadroomPercent, options.headroomPercent());
    Plan plan = workload.plan(cmd, catalog, options.withSpares(spare, failoverHeadroomPercent), 0);
    PlanOutput.write(
        cmd, common, plan, new PlanReportOptions(catalog, excluded.listExcluded, date.text()));
    if (!plan.feasible()) {
      cmd.getErr()
          .println(
              Messages.PREFIX
                  + Messages.infeasible(
                      plan.unplaced().size(),
                      plan.summary().machines(),
                      plan.unplaced().get(0).machine()));
      return ExitCode.INFEASIBLE;
    }
    return ExitCode.DONE;
  }

  private PlanOptions options(Catalog catalog) {
    return planning.options(spec.commandLine(), catalog, growthPercent);
  }
}
