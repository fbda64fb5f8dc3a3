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

/** How each what-if plan is made: headroom, preference and configuration server limit. */
final class WhatIfPlanOptions {

  @Option(
      names = "--headroom",
      paramLabel = "PCT",
      order = 12,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "Keep PCT percent of every tier limit free (0 to below 100), for example --headroom 20."
              + " Default: ${DEFAULT-VALUE}.")
  double headroomPercent;

  @Option(
      names = "--prefer",
      paramLabel = "WHAT",
      order = 13,
      defaultValue = "vcpus",
      converter = PreferenceOption.Converter.class,
      completionCandidates = PreferenceOption.Candidates.class,
      description =
          "What to minimise first: vcpus (scale out) or servers (scale up), for example --prefer"
              + " servers. Default: ${DEFAULT-VALUE}.")
  Preference preference;

  @Option(
      names = "--cs-limit",
      paramLabel = "N",
      order = 14,
      description =
          "Machines one configuration server manages when process servers carry the load, for"
              + " example --cs-limit 650. Default: the catalog's (550 for asr-classic).")
  Integer csLimit;

  /** The plan options, each checked by the planner's rules so a failure names its option. */
  PlanOptions options(CommandLine cmd, Catalog catalog) {
    checked(cmd, "--headroom", () -> PlanOptions.defaults().withHeadroomPercent(headroomPercent));
    checked(
        cmd,
        "--headroom",
        () -> {
          Planner.checkHeadroom(catalog, headroomPercent);
          return headroomPercent;
        });
    PlanOptions limit = checked(cmd, "--cs-limit", () -> new PlanOptions(0, 0, null, csLimit));
    if (csLimit != null) {
      checked(cmd, "--cs-limit", () -> Planner.plan(Workload.aggregate(1, 0), catalog, limit));
    }
    return new PlanOptions(0, headroomPercent, preference, csLimit);
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
