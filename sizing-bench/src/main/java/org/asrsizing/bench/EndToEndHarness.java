package org.asrsizing.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.asrsizing.cli.SizingCommand;
import org.asrsizing.model.Machine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line end to end, in process, side by side with a plain one-pass read of the same CSV
 * file (issue 16: read, plan and write within 3x the plain read; rebalance, drain and health within
 * 2x the plan). Each repetition runs every step once, in the same JVM and in the same order, so
 * that the steps share the machine's load; the report gives each step's median, first (cold) run
 * and peak heap, and its ratio to the plain read and to the plan.
 *
 * <p>The plain read is {@code BufferedReader.readLine} and {@code String.split(",")} of every line;
 * the Jackson read streams the rows with {@code CsvMapper} into nothing. Both keep nothing.
 */
@Command(
    name = "end-to-end-harness",
    mixinStandardHelpOptions = true,
    description = "Times sizing plan/rebalance/drain/health in process against a plain CSV read.")
public final class EndToEndHarness implements Callable<Integer> {

  /** The steps, in the order each repetition runs them. */
  static final List<String> STEPS =
      List.of(
          "plain-read", "jackson-read", "plan-json", "plan-table", "rebalance", "drain", "health");

  @Option(
      names = "--machines",
      defaultValue = "1000000",
      description = "machines of the generated fleet (default ${DEFAULT-VALUE})")
  int machines;

  @Option(
      names = "--regime",
      defaultValue = "both",
      description = "regime of the generated fleet (default ${DEFAULT-VALUE})")
  String regime;

  @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--reps",
      defaultValue = "5",
      description = "repetitions of every step (default ${DEFAULT-VALUE})")
  int reps;

  @Option(
      names = "--steps",
      split = ",",
      defaultValue = "plain-read,jackson-read,plan-json,plan-table",
      description = "steps to time, of " + "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})",
      completionCandidates = StepNames.class)
  List<String> steps;

  @Option(
      names = "--shuffle",
      description =
          "list the machines of both inventories in a seeded random order instead of by name"
              + " (the generator's order), as an export that is not sorted would")
  boolean shuffle;

  @Option(
      names = "--dir",
      description = "folder for the generated inventory and the outputs (default: a temporary one)")
  Path dir;

  @Spec CommandLine.Model.CommandSpec spec;

  /** The names of {@link #STEPS}, for the help. */
  static final class StepNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    StepNames() {
      super(STEPS);
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (String s : steps) {
      if (!STEPS.contains(s)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown step " + s);
      }
    }
    Path folder = dir != null ? dir : Files.createTempDirectory("end-to-end");
    Files.createDirectories(folder);
    InstanceSpec instance =
        new InstanceSpec(ChurnDistribution.of("lognormal"), Regime.of(regime), machines, seed);
    Inputs in = Inputs.write(folder, instance, shuffle);
    out.printf(
        Locale.ROOT,
        "%s: %d machines%s, %.1f MiB of CSV; cores %d, heap limit %.0f MiB, %d repetitions%n",
        instance.name(),
        machines,
        shuffle ? " in a shuffled order" : "",
        Files.size(in.inventory) / (1024.0 * 1024.0),
        Runtime.getRuntime().availableProcessors(),
        HeapPeak.maxMiB(),
        reps);
    out.flush();
    if (steps.stream().anyMatch(s -> s.equals("rebalance") || s.equals("drain"))
        || steps.contains("health")) {
      // The deployment the operate steps start from: this fleet's plan, saved as JSON.
      run(in, "plan-json");
      Files.copy(
          in.output("plan-json"), in.deployment, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, List<Double>> heap = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    for (int rep = 0; rep < reps; rep++) {
      for (String step : STEPS) {
        if (!steps.contains(step)) {
          continue;
        }
        System.gc();
        HeapPeak.reset();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        run(in, step);
        millis.computeIfAbsent(step, k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
        cpu.computeIfAbsent(step, k -> new ArrayList<>()).add((processCpuNanos() - cpu0) / 1e6);
        heap.computeIfAbsent(step, k -> new ArrayList<>()).add(HeapPeak.peakMiB());
      }
    }
    report(millis, cpu, heap, out);
    out.flush();
    return 0;
  }

  /**
   * CPU time of the whole process (every thread: the step's, the collector's and the compiler's).
   * On a shared machine it varies far less than wall time, which includes waiting for a core.
   */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static void report(
      Map<String, List<Double>> millis,
      Map<String, List<Double>> cpu,
      Map<String, List<Double>> heap,
      PrintWriter out) {
    Double read = millis.containsKey("plain-read") ? Median.of(millis.get("plain-read")) : null;
    Double plan = millis.containsKey("plan-json") ? Median.of(millis.get("plan-json")) : null;
    Double readCpu = cpu.containsKey("plain-read") ? Median.of(cpu.get("plain-read")) : null;
    Double planCpu = cpu.containsKey("plan-json") ? Median.of(cpu.get("plan-json")) : null;
    out.println(
        "step          median-ms  first-ms   min-ms  x-plain-read  x-plan-json  median-cpu-ms"
            + "  cpu-x-read  cpu-x-plan  peak-heap-MiB");
    for (Map.Entry<String, List<Double>> e : millis.entrySet()) {
      List<Double> ms = e.getValue();
      double median = Median.of(ms);
      double medianCpu = Median.of(cpu.get(e.getKey()));
      out.printf(
          Locale.ROOT,
          "%-12s %10.0f %9.0f %8.0f %13s %12s %14.0f %11s %11s %14.0f%n",
          e.getKey(),
          median,
          ms.get(0),
          ms.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
          ratio(median, read, "%.1f"),
          ratio(median, plan, "%.2f"),
          medianCpu,
          ratio(medianCpu, readCpu, "%.1f"),
          ratio(medianCpu, planCpu, "%.2f"),
          heap.get(e.getKey()).stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }
  }

  private static String ratio(double value, Double base, String format) {
    return base == null ? "-" : String.format(Locale.ROOT, format, value / base);
  }

  /** Runs {@code step} once; fails unless the command exits 0 (or 3: a change to make). */
  static void run(Inputs in, String step) throws IOException {
    switch (step) {
      case "plain-read" -> plainRead(in.inventory);
      case "jackson-read" -> jacksonRead(in.inventory);
      case "plan-json" ->
          cli(
              step,
              "plan",
              "--inventory",
              in.inventory,
              "--format",
              "json",
              "--output",
              in.output(step));
      case "plan-table" ->
          cli(step, "plan", "--inventory", in.inventory, "--output", in.output(step));
      case "rebalance", "health" ->
          cli(
              step,
              step,
              "--deployment",
              in.deployment,
              "--inventory",
              in.changed,
              "--output",
              in.output(step));
      case "drain" ->
          cli(
              step,
              "drain",
              "--deployment",
              in.deployment,
              "--server",
              "ps-1",
              "--output",
              in.output(step));
      default -> throw new IllegalArgumentException("unknown step " + step);
    }
  }

  /** Every line split at commas, the fields counted and dropped. */
  static long plainRead(Path file) throws IOException {
    long fields = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        fields += line.split(",").length;
      }
    }
    return fields;
  }

  /** Every row streamed by Jackson's CSV parser, counted and dropped. */
  static long jacksonRead(Path file) throws IOException {
    long rows = 0;
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<String[]> it =
        mapper
            .readerForArrayOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(file.toFile())) {
      while (it.hasNext()) {
        it.next();
        rows++;
      }
    }
    return rows;
  }

  private static void cli(String step, Object... args) {
    String[] text = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = args[i].toString();
    }
    CommandLine cmd = SizingCommand.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    cmd.setOut(new PrintWriter(new StringWriter()));
    int code = cmd.execute(text);
    // rebalance and health exit 3 when something must be changed: that is their answer, not a
    // failure.
    boolean operates = step.equals("rebalance") || step.equals("health") || step.equals("drain");
    if (code != 0 && !(operates && code == 3)) {
      throw new IllegalStateException(step + " exited " + code + ": " + err);
    }
  }

  /** The files of one run: the inventory, its changed churn, the saved plan and the outputs. */
  record Inputs(Path folder, Path inventory, Path changed, Path deployment) {

    /**
     * Writes the generated fleet as a CSV inventory, and the same fleet with the churn of one
     * machine in twenty changed (x 0.5 to 2, seeded) as the operate steps' churn now; {@code
     * shuffle}: both in one seeded random order.
     */
    static Inputs write(Path folder, InstanceSpec instance, boolean shuffle) {
      List<Machine> fleet = InstanceGenerator.generate(instance);
      Inputs in =
          new Inputs(
              folder,
              folder.resolve(instance.name() + ".csv"),
              folder.resolve(instance.name() + "-now.csv"),
              folder.resolve(instance.name() + "-plan.json"));
      SplittableRandom random = new SplittableRandom(instance.seed());
      List<Machine> changed = new ArrayList<>(fleet.size());
      for (Machine m : fleet) {
        changed.add(
            random.nextInt(20) == 0
                ? m.withChurnGiBPerDay(
                    Math.round(m.churnGiBPerDay() * random.nextDouble(0.5, 2.0) * 1000) / 1000.0)
                : m);
      }
      if (shuffle) {
        long seed = instance.seed();
        fleet = new ArrayList<>(fleet);
        Collections.shuffle(fleet, new Random(seed));
        Collections.shuffle(changed, new Random(seed));
      }
      try {
        csv(fleet, in.inventory);
        csv(changed, in.changed);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return in;
    }

    private static void csv(List<Machine> machines, Path file) throws IOException {
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        InstanceCsv.write(machines, w);
      }
    }

    Path output(String step) {
      return folder.resolve("out-" + step + (step.equals("plan-json") ? ".json" : ".txt"));
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EndToEndHarness()).execute(args));
  }
}
