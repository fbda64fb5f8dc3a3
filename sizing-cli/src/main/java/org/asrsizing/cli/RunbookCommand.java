package org.asrsizing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.format.PowerShellWriter;
import org.asrsizing.format.RunbookHtmlWriter;
import org.asrsizing.format.RunbookMarkdownWriter;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.io.DeploymentReader;
import org.asrsizing.io.ServersFileReader;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Severity;
import org.asrsizing.operate.DeploymentException;
import org.asrsizing.runbook.ProxySettings;
import org.asrsizing.runbook.Runbook;
import org.asrsizing.runbook.RunbookOptions;
import org.asrsizing.runbook.RunbookServer;
import org.asrsizing.runbook.Runbooks;
import org.asrsizing.runbook.ServerDetails;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sizing runbook}: the install, register, upgrade and decommission steps of a plan. */
@Command(
    name = "runbook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    optionListHeading = "%nOptions:%n",
    description = {
      "Write the runbook of a saved plan or deployment, or of a workload planned first: per"
          + " server, configuration servers before their process servers (with --hub, the hub's"
          + " servers before the branches'), the prerequisites,"
          + " download, unattended install command, proxy settings file, registration, proxy"
          + " change, checks, upgrade order and decommissioning, each step with its source"
          + " document."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCode.DONE_TEXT,
      ExitCode.INTERNAL_ERROR_TEXT,
      ExitCode.BAD_ARGUMENTS_TEXT,
      RunbookMessages.ERROR_FINDING_TEXT,
      "4:invalid input file: a --deployment, --inventory, --catalog or --servers FILE that"
          + " cannot be read or has an invalid value (file, line and field named); nothing is"
          + " written"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sizing runbook --deployment plan.json",
      "  sizing runbook --example --servers servers.yaml",
      "  sizing runbook --inventory machines.csv --headroom 20 --servers servers.csv",
      "  sizing runbook --deployment plan.json --servers servers.yaml --format json",
      "  sizing runbook --deployment plan.json --format html --output runbook.html",
      "  sizing runbook --deployment plan.json --servers servers.csv \\",
      "      --format powershell --output-dir runbook \\",
      "      --proxy-password-file proxy-password.txt"
    })
final class RunbookCommand implements Callable<Integer> {

  /** Output formats of this command. */
  enum Format {
    TABLE,
    MARKDOWN,
    JSON,
    POWERSHELL,
    HTML
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--deployment",
      paramLabel = "FILE",
      order = 0,
      description =
          "The plan (sizing plan --format json) or deployment file (JSON or YAML) to write the"
              + " runbook of. Instead of it, a workload (--example, --machines and --churn, or"
              + " --inventory) is planned first, as sizing plan does.")
  String deployment;

  @Mixin WorkloadOptions workload;

  @Mixin PlanningOptions planning;

  @Option(
      names = "--catalog",
      order = 20,
      paramLabel = "NAME|FILE",
      defaultValue = CatalogLoader.DEFAULT,
      description =
          "Tier catalog to plan a workload with: a built-in name (asr-classic, asr-modernized)"
              + " or a JSON/YAML catalog file. Default: ${DEFAULT-VALUE}.")
  String catalog;

  @Option(
      names = "--servers",
      paramLabel = "FILE",
      order = 21,
      description =
          "Per server id: hostName, psIp, csIp, installLocation, envType (VMware or NonVMware),"
              + " dataTransferPort, version and proxy (address, port, authenticate, userName);"
              + " YAML, JSON or CSV (proxy columns proxyAddress, proxyPort, proxyAuthenticate,"
              + " proxyUserName). What is missing is a placeholder to fill in.")
  String servers;

  @Option(
      names = "--proxy-password-file",
      paramLabel = "FILE",
      order = 22,
      description =
          "Read the proxy password from FILE (its first line; FILE may be a pipe such as"
              + " <(pass show proxy)); without it, from the environment"
              + " variable "
              + RunbookMessages.PASSWORD_ENV
              + " if set. It is written only into the proxy settings files in --output-dir,"
              + " readable by their owner only.")
  String proxyPasswordFile;

  @Option(
      names = "--data-port",
      paramLabel = "PORT",
      order = 23,
      defaultValue = "9443",
      description =
          "Data transfer port where the servers file gives none (the network tables' 9443; the"
              + " parameter table's 9433 is taken as a typo). Default: ${DEFAULT-VALUE}.")
  int dataPort;

  @Option(
      names = "--install-drive",
      order = 24,
      description =
          "Write /InstallDrive (the older syntax line) instead of /InstallLocation (the"
              + " parameter table).")
  boolean installDrive;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      order = 25,
      defaultValue = "table",
      converter = FormatConverter.class,
      description =
          "table or markdown (a checklist per server), json, powershell (one script per"
              + " server and a README.txt, needs --output-dir), or html (the checklist as one"
              + " printable page, each step's source linked). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin DateOption date;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      order = 26,
      description =
          "Write the checklist or JSON to FILE instead of stdout (- for stdout, the default).")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      order = 27,
      description =
          "Folder for the scripts (--format powershell) and the proxy settings files; created if"
              + " missing.")
  Path outputDir;

  @Option(
      names = "--debug",
      order = 28,
      description = "Show the stack trace of an error (for bug reports).")
  boolean debug;

  // Read through the parse result, as for the other commands, by InventoryOptions and Progress.
  @Option(
      names = CommonOptions.QUIET,
      order = 29,
      description =
          "Print only errors: no count of skipped rows or left-out machines on stderr, no line"
              + " naming the files written. Exit codes do not change.")
  boolean quiet;

  /** How environment variables are looked up; tests replace it. */
  UnaryOperator<String> environment = System::getenv;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    checkOptions(cmd);
    Optional<String> password = password(cmd);
    if (password.isPresent() && outputDir == null) {
      throw new ParameterException(cmd, RunbookMessages.passwordNeedsDir());
    }
    Input input = input(cmd);
    Map<String, ServerDetails> details = Map.of();
    if (servers != null) {
      Path file = existing(cmd, "--servers", servers);
      details = ServersFileReader.read(file, ids(input.deployment()));
    }
    Runbook r =
        Runbooks.of(
            input.deployment(),
            details,
            new RunbookOptions(dataPort, installDrive, password.isPresent(), hub(cmd, input)));
    write(cmd, r, password);
    return report(cmd, r, input.plan());
  }

  private void checkOptions(CommandLine cmd) {
    if (dataPort < 1 || dataPort > 65535) {
      throw new ParameterException(
          cmd, Messages.invalidOption("--data-port", dataPort + " is not a port from 1 to 65535"));
    }
    if (format == Format.POWERSHELL && outputDir == null) {
      throw new ParameterException(cmd, RunbookMessages.powershellNeedsDir());
    }
    if ((deployment == null) == !workload.present()) {
      throw new ParameterException(cmd, RunbookMessages.deploymentOrWorkload());
    }
  }

  /** The deployment to write the runbook of, and the plan it was made from when planned here. */
  private record Input(CurrentDeployment deployment, Plan plan) {}

  private Input input(CommandLine cmd) {
    if (deployment != null) {
      return new Input(readDeployment(cmd), null);
    }
    Catalog c = CommonOptions.loadCatalog(cmd, catalog);
    Plan plan = workload.plan(cmd, c, planning.options(cmd, c), 0);
    return new Input(CurrentDeployment.of(plan), plan);
  }

  /** The hub to order by: planned with already, or checked against the deployment's sites. */
  private String hub(CommandLine cmd, Input input) {
    String hub = planning.hub;
    if (hub != null
        && input.plan() == null
        && input.deployment().servers().stream().noneMatch(s -> s.site().equals(hub))) {
      throw new ParameterException(
          cmd, Messages.invalidOption("--hub", "no server of the deployment is on site " + hub));
    }
    return hub;
  }

  private static Set<String> ids(CurrentDeployment d) {
    return d.servers().stream()
        .map(DeployedServer::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Makes every output first, then writes it: a failure leaves nothing half written. */
  private void write(CommandLine cmd, Runbook r, Optional<String> password) {
    Map<String, String> files = new LinkedHashMap<>();
    String text =
        switch (format) {
          case JSON -> org.asrsizing.format.Json.toJson(r);
          case POWERSHELL -> null;
          case HTML -> RunbookHtmlWriter.toHtml(r, date.text());
          default -> RunbookMarkdownWriter.toText(r, date.text());
        };
    if (format == Format.POWERSHELL) {
      files.putAll(PowerShellWriter.files(r));
    }
    Map<String, String> secretFiles = outputDir == null ? Map.of() : proxyFiles(r, password);
    boolean toStdout = output == null || output.toString().equals(InventoryOptions.STDIN);
    if (text != null && !toStdout) {
      writeFile(cmd, output, text, false);
    }
    if (outputDir != null) {
      if (outputDir.toString().equals(InventoryOptions.STDIN)) {
        // Elsewhere "-" is standard output, which cannot take several files.
        throw new ParameterException(
            cmd,
            Messages.invalidOption(
                "--output-dir", "'-' is not a folder: give the name of the folder to write"));
      }
      try {
        OutputFiles.makeFolder(outputDir);
      } catch (OutputFiles.WriteFailure e) {
        throw new ParameterException(
            cmd, RunbookMessages.cannotWrite(outputDir.toString(), e.getMessage()));
      }
      files.forEach((name, content) -> writeFile(cmd, outputDir.resolve(name), content, false));
      secretFiles.forEach(
          (name, content) -> writeFile(cmd, outputDir.resolve(name), content, true));
    }
    if (text != null && toStdout) {
      Progress.stop();
      cmd.getOut().print(text);
    } else if (outputDir != null && !quiet) {
      cmd.getOut()
          .println(RunbookMessages.wrote(files.size() + secretFiles.size(), outputDir.toString()));
    }
    cmd.getOut().flush();
  }

  /** The proxy settings file of each server with a proxy, the password in it when given. */
  private static Map<String, String> proxyFiles(Runbook r, Optional<String> password) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RunbookServer s : r.servers()) {
      ProxySettings.template(s)
          .ifPresent(
              t ->
                  out.put(
                      PowerShellWriter.proxyFileName(s.id()),
                      password.map(p -> ProxySettings.withPassword(t, p)).orElse(t)));
    }
    return out;
  }

  /**
   * Every error finding on stderr; 3 when one was found or the plan made here leaves a machine
   * unprotected, as {@code plan} does, else 0.
   */
  private static int report(CommandLine cmd, Runbook r, Plan plan) {
    boolean failed = false;
    if (plan != null && !plan.feasible()) {
      cmd.getErr()
          .println(
              Messages.PREFIX
                  + Messages.infeasible(
                      plan.unplaced().size(),
                      plan.summary().machines(),
                      plan.unplaced().get(0).machine()));
      failed = true;
    }
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.ERROR) {
        Progress.stop();
        cmd.getErr().println(Messages.PREFIX + f.message());
        failed = true;
      }
    }
    cmd.getErr().flush();
    return failed ? ExitCode.INFEASIBLE : ExitCode.DONE;
  }

  private Optional<String> password(CommandLine cmd) {
    String value;
    String from;
    if (proxyPasswordFile != null) {
      Path file = fileOrPipe(cmd, "--proxy-password-file", proxyPasswordFile);
      try {
        // A pipe such as <(pass show proxy) keeps the password off the disk; opening one waits
        // a bounded time for its writer.
        try (InputStream in =
            Files.isRegularFile(file)
                ? Files.newInputStream(file)
                : org.asrsizing.io.InputFiles.openPipe(file)) {
          value = firstLine(in);
        }
      } catch (IOException e) {
        throw new ParameterException(
            cmd,
            Messages.invalidOption(
                "--proxy-password-file", "'" + proxyPasswordFile + "' cannot be read"));
      }
      if (value == null) {
        throw new ParameterException(
            cmd,
            Messages.invalidOption(
                "--proxy-password-file",
                "'"
                    + proxyPasswordFile
                    + "' has no line break in its first "
                    + MAX_PASSWORD_LINE
                    + " bytes; give the password on the first line"));
      }
      from = "--proxy-password-file " + proxyPasswordFile;
    } else {
      value = environment.apply(RunbookMessages.PASSWORD_ENV);
      if (value == null) {
        return Optional.empty();
      }
      from = RunbookMessages.PASSWORD_ENV;
    }
    try {
      ProxySettings.checkPassword(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cmd, RunbookMessages.badPassword(from, e.getMessage()));
    }
    return Optional.of(value);
  }

  private CurrentDeployment readDeployment(CommandLine cmd) {
    Path file = existing(cmd, "--deployment", deployment);
    try {
      return DeploymentReader.read(file, null);
    } catch (DeploymentException e) {
      throw DeploymentOptions.inFile(e, deployment);
    }
  }

  /** The most read of a password file, bytes: only its first line is used. */
  private static final int MAX_PASSWORD_LINE = 1 << 16;

  /**
   * The first line of {@code in} (without its line break), read no further than {@value
   * #MAX_PASSWORD_LINE} bytes, since a pipe may never end; {@code null} when those bytes hold no
   * line break and there are more.
   */
  private static String firstLine(InputStream in) throws IOException {
    byte[] head = in.readNBytes(MAX_PASSWORD_LINE + 1);
    int end = 0;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    if (end > MAX_PASSWORD_LINE) {
      return null;
    }
    String line = new String(head, 0, end, StandardCharsets.UTF_8);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** {@code name} when it is a regular file or a pipe (not a folder), else a usage error. */
  private static Path fileOrPipe(CommandLine cmd, String option, String name) {
    try {
      Path path = Path.of(name);
      if (Files.exists(path) && !Files.isDirectory(path) && !Files.isRegularFile(path)) {
        return path;
      }
    } catch (java.nio.file.InvalidPathException e) {
      // reported below as not an existing file
    }
    return existing(cmd, option, name);
  }

  private static Path existing(CommandLine cmd, String option, String name) {
    return DeploymentOptions.existing(cmd, name, RunbookMessages.noFile(option, name));
  }

  /** Writes {@code text}; a secret file is created readable and writable by its owner only. */
  private static void writeFile(CommandLine cmd, Path path, String text, boolean secret) {
    try {
      OutputFiles.write(path, text.getBytes(StandardCharsets.UTF_8), secret);
    } catch (OutputFiles.WriteFailure e) {
      throw new ParameterException(
          cmd, RunbookMessages.cannotWrite(path.toString(), e.getMessage()));
    }
  }

  /** Reads table, markdown, json or powershell. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            Messages.notAChoice(
                value, java.util.List.of("table", "markdown", "json", "powershell", "html")));
      }
    }
  }
}
