package org.asrsizing.cli;

import java.util.function.Supplier;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How a plan is made, shared by {@code plan} and every {@code whatif} mode: headroom, preference
 * and configuration server limit, each checked by the planner's own rules.
 */
final class PlanningOptions {

  @Option(
      names = "--cs-limit",
      paramLabel = "N",
      order = 10,
      description =
          "Machines one configuration server manages when process servers carry the load, 1"
              + " to 10000; the catalog's default is 550 for asr-classic, 650 is the documented"
              + " alternative.")
  Integer csLimit;

  @Option(
      names = "--headroom",
      paramLabel = "PCT",
      order = 12,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "Keep PCT percent of every tier limit free (0 to below 100). Default: ${DEFAULT-VALUE}.")
  double headroomPercent;

  @Option(
      names = "--prefer",
      paramLabel = "WHAT",
      order = 13,
      defaultValue = "vcpus",
      converter = PreferenceOption.Converter.class,
      completionCandidates = PreferenceOption.Candidates.class,
      description =
          "What to minimise first: vcpus (fewest vCPUs, scale out) or servers (fewest servers,"
              + " scale up). The other one is shown as the alternative. Default: ${DEFAULT-VALUE}.")
  Preference preference;

  @Option(
      names = "--hub",
      paramLabel = "SITE",
      order = 14,
      description =
          "Hub topology: the configuration servers of SITE manage every site's process"
              + " servers; the other sites are branches with process servers only. Default: each"
              + " site is its own deployment.")
  String hub;

  /** The plan options without growth, the hub checked against {@code w}'s sites. */
  PlanOptions options(CommandLine cmd, Catalog catalog, Workload w) {
    checkHub(cmd, catalog, hub, w);
    return options(cmd, catalog);
  }

  /** Fails with a usage error on {@code --hub} when the planner would refuse {@code hub}. */
  static void checkHub(CommandLine cmd, Catalog catalog, String hub, Workload w) {
    checked(
        cmd,
        "--hub",
        () -> {
          Planner.checkHub(catalog, hub, w);
          return hub;
        });
  }

  /** The plan options without growth. */
  PlanOptions options(CommandLine cmd, Catalog catalog) {
    return options(cmd, catalog, 0);
  }

  /**
   * The plan options, each checked by the planner's own rules so that a failure names its option
   * ({@code --growth} for {@code growthPercent}).
   */
  PlanOptions options(CommandLine cmd, Catalog catalog, double growthPercent) {
    checked(cmd, "--growth", () -> PlanOptions.defaults().withGrowthPercent(growthPercent));
    checked(cmd, "--headroom", () -> PlanOptions.defaults().withHeadroomPercent(headroomPercent));
    checked(
        cmd,
        "--headroom",
        () -> {
          Planner.checkHeadroom(catalog, headroomPercent);
          return headroomPercent;
        });
    checkCsLimit(cmd, catalog, csLimit);
    checked(cmd, "--hub", () -> PlanOptions.defaults().withHub(hub));
    return new PlanOptions(growthPercent, headroomPercent, preference, csLimit).withHub(hub);
  }

  /** Fails with a usage error on {@code --cs-limit} when the planner would refuse {@code limit}. */
  static void checkCsLimit(CommandLine cmd, Catalog catalog, Integer limit) {
    checked(cmd, "--cs-limit", () -> new PlanOptions(0, 0, null, limit));
    checked(
        cmd,
        "--cs-limit",
        () -> {
          Planner.checkConfigurationServerLimit(catalog, limit);
          return limit;
        });
  }

  /** Fails with a usage error on {@code --spare} unless it is from 0 to 3. */
  static void checkSpare(CommandLine cmd, int spare) {
    if (spare < 0 || spare > PlanOptions.MAX_SPARES) {
      throw new ParameterException(
          cmd,
          Messages.invalidOption(
              "--spare",
              "'" + spare + "' is not a whole number from 0 to " + PlanOptions.MAX_SPARES));
    }
  }

  /**
   * Fails with a usage error on {@code --failover-headroom} unless it is from 0 to the headroom.
   */
  static void checkFailoverHeadroom(CommandLine cmd, double failover, double headroom) {
    if (!(failover >= 0 && failover <= headroom)) {
      throw new ParameterException(
          cmd,
          Messages.invalidOption(
              "--failover-headroom",
              "'"
                  + org.asrsizing.model.Units.percent(failover)
                  + "' is not a percentage from 0 to the headroom ("
                  + org.asrsizing.model.Units.percent(headroom)
                  + ")"));
    }
  }

  /**
   * Runs {@code check}; an IllegalArgumentException becomes a usage error naming {@code option}.
   */
  static <T> T checked(CommandLine cmd, String option, Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cmd, Messages.invalidOption(option, e.getMessage()));
    }
  }
}
