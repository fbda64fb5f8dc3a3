package org.asrsizing.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.RebalanceHtmlWriter;
import org.asrsizing.format.RebalanceTableWriter;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.io.DeploymentReader;
import org.asrsizing.io.MetricsReader;
import org.asrsizing.io.inventory.Inventory;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.DeploymentException;
import org.asrsizing.operate.DrainTargetException;
import org.asrsizing.operate.OperateMode;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;
import org.asrsizing.operate.Rebalancer;
import org.asrsizing.plan.Planner;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What {@code rebalance}, {@code drain} and {@code health} share: the running deployment, the
 * machines' churn now, observed metrics, headroom, configuration server limit and the spare check.
 */
final class DeploymentOptions {

  @Option(
      names = "--deployment",
      required = true,
      paramLabel = "FILE",
      order = 0,
      description =
          "The running deployment: a saved plan (sizing plan --format json) or a deployment file"
              + " in JSON or YAML listing the servers, their tiers and their machines; see"
              + " docs/operate.md. The catalog, headroom and configuration server limit it names"
              + " are the defaults of --catalog, --headroom and --cs-limit.")
  String deployment;

  @Option(
      names = InventoryOptions.INVENTORY,
      paramLabel = "FILE",
      order = 1,
      description =
          "The machines' churn now, from an inventory in any format sizing plan reads; machines"
              + " it lists that no server replicates are new and are placed. Each is screened"
              + " against the support matrix as sizing plan screens it: one it rules out is"
              + " listed with the reason, not placed. Default: the churn the deployment file"
              + " gives.")
  String inventory;

  @Mixin InventoryOptions inventoryOptions;

  @Mixin ListExcludedOption excluded;

  @Mixin DateOption date;

  @Option(
      names = "--metrics",
      paramLabel = "FILE",
      order = 10,
      description =
          "Observed metrics: a CSV file with a server column and any of cpuPercent,"
              + " memoryPercent, cacheFreePercent and cacheUploadMinutes (sustained 15-minute"
              + " values).")
  String metrics;

  @Option(
      names = "--headroom",
      paramLabel = "PCT",
      order = 11,
      converter = PercentConverter.class,
      description =
          "Keep PCT percent of every tier limit free (0 to below 100). Default: the headroom"
              + " the saved plan was made with, else 0.")
  Double headroomPercent;

  @Option(
      names = "--cs-limit",
      paramLabel = "N",
      order = 12,
      description =
          "Machines one configuration server manages. Default: the saved plan's, else the"
              + " catalog's (550 for asr-classic).")
  Integer csLimit;

  @Option(
      names = "--spare",
      paramLabel = "N",
      order = 13,
      defaultValue = "0",
      description =
          "K from 1 to 3: check that if any K servers of a configuration server fail, their"
              + " machines can be switched onto the others within their tiers' limits, and add"
              + " the cheapest K spares where they cannot (what N+K costs). 0: no check."
              + " Default: ${DEFAULT-VALUE}.")
  int spare;

  @Option(
      names = "--failover-headroom",
      paramLabel = "PCT",
      order = 14,
      defaultValue = "0",
      converter = PercentConverter.class,
      description =
          "With --spare: keep PCT percent of every tier limit free on the servers that take a"
              + " failed server's machines (0 to the headroom). Default: ${DEFAULT-VALUE}.")
  double failoverHeadroomPercent;

  @Option(
      names = "--save-deployment",
      paramLabel = "FILE",
      order = 14,
      description =
          "Also write the deployment as it will be after the change (JSON, the format"
              + " --deployment reads: retired servers left out, added servers and spares in), so"
              + " that the next run starts from it.")
  Path saveDeployment;

  private CurrentDeployment read;

  /** The deployment with the machines' churn now and the observed metrics. */
  CurrentDeployment deployment(CommandLine cmd) {
    if (read != null) {
      return read;
    }
    Path file = existing(cmd, deployment, Messages.noDeployment(deployment));
    Workload machines = null;
    Inventory inv = null;
    if (inventory != null) {
      inv = inventoryOptions.read(cmd, inventory);
      machines = InventoryOptions.workload(inv);
      InventoryOptions.report(cmd, inv);
    } else {
      inventoryOptions.checkUsedWithInventory(cmd);
    }
    CurrentDeployment d = DeploymentReader.read(file, machines);
    if (inv != null) {
      d = d.withFindings(inv.findings());
    }
    if (metrics != null) {
      Path path = existing(cmd, metrics, Messages.noMetrics(metrics));
      d =
          d.withMetrics(
              MetricsReader.read(
                  path,
                  d.servers().stream()
                      .map(org.asrsizing.model.DeployedServer::id)
                      .collect(java.util.stream.Collectors.toSet())));
    }
    read = d;
    return d;
  }

  /** The file {@code name} names, or a usage error with {@code message} when there is none. */
  static Path existing(CommandLine cmd, String name, String message) {
    try {
      Path path = Path.of(name);
      if (Files.isRegularFile(path)) {
        return path;
      }
    } catch (InvalidPathException e) {
      // reported below as not an existing file
    }
    throw new ParameterException(cmd, message);
  }

  /** The catalog of --catalog, or else the one the saved plan names, or else the default. */
  Catalog catalog(CommandLine cmd, CommonOptions common, CurrentDeployment d) {
    if (!cmd.getParseResult().hasMatchedOption("--catalog")
        && d.catalogId() != null
        && CatalogLoader.BUILT_IN.contains(d.catalogId())) {
      return CatalogLoader.builtIn(d.catalogId());
    }
    return common.loadCatalog(cmd);
  }

  /** The rebalance options, each checked with the rule that owns it. */
  OperateOptions options(
      CommandLine cmd, Catalog catalog, CurrentDeployment d, Set<String> drain, OperateMode mode) {
    double headroom =
        headroomPercent != null
            ? headroomPercent
            : d.headroomPercent() == null ? 0 : d.headroomPercent();
    String headroomOption = headroomPercent != null ? "--headroom" : "--deployment";
    PlanningOptions.checked(
        cmd,
        headroomOption,
        () -> {
          Planner.checkHeadroom(catalog, headroom);
          return new OperateOptions(headroom, null, drain, 0, mode);
        });
    PlanningOptions.checkSpare(cmd, spare);
    PlanningOptions.checkCsLimit(cmd, catalog, csLimit);
    Integer limit = csLimit != null ? csLimit : d.configurationServerMachineLimit();
    PlanningOptions.checkFailoverHeadroom(cmd, failoverHeadroomPercent, headroom);
    return new OperateOptions(headroom, limit, drain, spare, mode, failoverHeadroomPercent);
  }

  /**
   * Reads the deployment, works out the change and writes it: the whole of {@code rebalance},
   * {@code drain} and {@code health}, which differ in what they drain and whether they move.
   */
  int execute(CommandLine cmd, CommonOptions common, Set<String> drain, OperateMode mode) {
    CurrentDeployment d = deployment(cmd);
    Catalog catalog = catalog(cmd, common, d);
    Rebalance r = run(cmd, d, catalog, options(cmd, catalog, d, drain, mode));
    if (saveDeployment != null) {
      save(
          cmd,
          "--save-deployment",
          saveDeployment,
          org.asrsizing.format.Json.toJson(r.deploymentAfter()));
    }
    return write(cmd, common, r, excluded.listExcluded, date.text());
  }

  /**
   * Writes {@code json} to {@code file}; a file that cannot be written is an error of {@code
   * option}.
   */
  static void save(CommandLine cmd, String option, Path file, String json) {
    if (file.toString().equals(InventoryOptions.STDIN)) {
      // Elsewhere "-" is standard output; here it would be a file named "-" in this folder.
      throw new ParameterException(
          cmd,
          Messages.invalidOption(
              option, "'-' is not a file: standard output carries the command's own output"));
    }
    try {
      OutputFiles.write(file, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
    } catch (OutputFiles.WriteFailure e) {
      throw new ParameterException(
          cmd, Messages.invalidOption(option, "cannot write " + file + ": " + e.getMessage()));
    }
  }

  /**
   * Runs the rebalancer: a server that does not match the catalog is an input error (exit 4), a
   * server to drain that is not there a usage error on {@code --server} (exit 2).
   */
  Rebalance run(CommandLine cmd, CurrentDeployment d, Catalog catalog, OperateOptions o) {
    try {
      return Rebalancer.run(d, catalog, o);
    } catch (DeploymentException e) {
      if (cmd.getParseResult().hasMatchedOption("--catalog")) {
        // The servers are what the file says: the catalog chosen does not fit them.
        throw new ParameterException(
            cmd,
            Messages.invalidOption(
                "--catalog", OptionNames.message(e).replaceFirst("^deployment: ", "")));
      }
      throw inFile(e, deployment);
    } catch (DrainTargetException e) {
      throw new ParameterException(cmd, Messages.invalidOption("--server", e.getMessage()));
    }
  }

  /** {@code e} with its "deployment:" prefix naming {@code file}. */
  static DeploymentException inFile(DeploymentException e, String file) {
    return new DeploymentException(
        e.getMessage().replaceFirst("^deployment:", "deployment file " + file + ":"), e.hint(), e);
  }

  /** Writes the result as table, JSON or HTML; 3 when machines cannot be protected, else 0. */
  static int write(
      CommandLine cmd, CommonOptions common, Rebalance result, boolean listExcluded, String date) {
    Rebalance r = OptionNames.worded(result);
    String text =
        switch (common.format) {
          case JSON -> org.asrsizing.format.Json.toJson(r);
          case HTML -> RebalanceHtmlWriter.toHtml(r, date);
          default -> RebalanceTableWriter.toText(r, listExcluded);
        };
    common.emit(cmd, text);
    if (!r.unplaced().isEmpty()) {
      cmd.getErr()
          .println(
              Messages.PREFIX
                  + Messages.notProtectable(r.unplaced().size(), r.unplaced().get(0).machine()));
      cmd.getErr().flush();
      return ExitCode.INFEASIBLE;
    }
    return ExitCode.DONE;
  }
}
