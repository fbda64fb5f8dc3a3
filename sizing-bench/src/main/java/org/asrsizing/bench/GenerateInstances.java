package org.asrsizing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Command line: writes one generated instance as a CSV inventory. */
@Command(
    name = "generate-instances",
    mixinStandardHelpOptions = true,
    description = "Writes a seeded, generated fleet as CSV (name,churnGiBPerDay).")
public final class GenerateInstances implements Callable<Integer> {

  @Option(
      names = "--dist",
      defaultValue = "lognormal",
      description = "churn distribution: lognormal, bimodal or pareto (default ${DEFAULT-VALUE})")
  String distribution;

  @Option(
      names = "--regime",
      defaultValue = "both",
      description = "count (machine count binds), churn (churn binds) or both (default both)")
  String regime;

  @Option(names = "--machines", required = true, description = "number of machines")
  int machines;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
  long seed;

  @Option(
      names = "--out",
      description = "output file (default: the instance name with .csv, in this directory)")
  Path out;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    InstanceSpec instance;
    try {
      instance =
          new InstanceSpec(ChurnDistribution.of(distribution), Regime.of(regime), machines, seed);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path file = out != null ? out : Path.of(instance.name() + ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      InstanceCsv.write(InstanceGenerator.generate(instance), w);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(instance.name() + " -> " + file);
    stdout.flush();
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateInstances()).execute(args));
  }
}
