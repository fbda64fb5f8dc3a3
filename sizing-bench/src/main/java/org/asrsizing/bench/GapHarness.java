package org.asrsizing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Machine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Plans many generated instances against every benchmark catalog and reports how far the plans are
 * from the planner's lower bound, against the target: gap at most one smallest server or 2 % on at
 * least 95 % of instances of 1,000 machines or more. Also reports peak heap.
 */
@Command(
    name = "gap-harness",
    mixinStandardHelpOptions = true,
    description = "Gap of the planner to its lower bound over generated instances.")
public final class GapHarness implements Callable<Integer> {

  /** Instances from this size on count towards the gap target. */
  public static final int TARGET_MIN_MACHINES = 1_000;

  /** Share of instances that must meet the gap target. */
  public static final double TARGET_SHARE = 0.95;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "100,1000,10000,100000",
      description = "machine counts (default ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(
      names = "--seeds",
      defaultValue = "5",
      description = "seeds 1..N per combination (default ${DEFAULT-VALUE})")
  int seeds;

  @Option(
      names = "--catalogs",
      split = ",",
      defaultValue = "asr-classic,asr-modernized,synthetic-crossing",
      description = "catalogs (default ${DEFAULT-VALUE})")
  List<String> catalogs;

  @Mixin FleetShapeOptions shape;

  @Option(
      names = "--spare",
      defaultValue = "0",
      description = "plan N+K: the cheapest plan surviving K failures per domain (default 0)")
  int spare;

  @Option(names = "--worst", defaultValue = "10", description = "worst instances to list")
  int worst;

  @Option(names = "--csv", description = "also write one row per plan to this file")
  Path csv;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Catalog> loaded = new LinkedHashMap<>();
    catalogs.forEach(id -> loaded.put(id, BenchCatalogs.load(id)));
    List<PlanMeasurement> runs = new ArrayList<>();
    HeapPeak.reset();
    for (InstanceSpec instance : instances()) {
      List<Machine> machines = InstanceGenerator.generate(instance);
      for (Map.Entry<String, Catalog> c : loaded.entrySet()) {
        runs.add(
            PlanMeasurement.measure(c.getKey(), c.getValue(), instance.name(), machines, spare));
      }
    }
    double peak = HeapPeak.peakMiB();
    if (csv != null) {
      writeCsv(runs, csv);
    }
    report(runs, out);
    listWorst(runs, out);
    out.printf(
        Locale.ROOT,
        "peak heap (sum of pool peaks, an upper estimate): %.0f MiB of %.0f MiB max heap%n",
        peak,
        HeapPeak.maxMiB());
    out.flush();
    return 0;
  }

  private List<InstanceSpec> instances() {
    return InstanceSpec.grid(sizes, shape.distributions(), shape.regimes(), seeds);
  }

  static void report(List<PlanMeasurement> runs, PrintWriter out) {
    out.println(
        "catalog              machines  plans  within-target  median-gap%  max-gap%  median-ms");
    Map<String, List<PlanMeasurement>> byGroup = new LinkedHashMap<>();
    for (PlanMeasurement m : runs) {
      byGroup.computeIfAbsent(m.catalog() + " " + m.machines(), k -> new ArrayList<>()).add(m);
    }
    for (List<PlanMeasurement> group : byGroup.values()) {
      PlanMeasurement first = group.get(0);
      long within = group.stream().filter(PlanMeasurement::withinGapTarget).count();
      out.printf(
          Locale.ROOT,
          "%-20s %8d %6d %14s %12.2f %9.2f %10.1f%n",
          first.catalog(),
          first.machines(),
          group.size(),
          within + "/" + group.size(),
          Median.of(group.stream().map(PlanMeasurement::gapPercent).toList()),
          group.stream().mapToDouble(PlanMeasurement::gapPercent).max().orElse(0),
          Median.of(group.stream().map(PlanMeasurement::millis).toList()));
    }
    List<PlanMeasurement> counted =
        runs.stream().filter(m -> m.machines() >= TARGET_MIN_MACHINES).toList();
    long within = counted.stream().filter(PlanMeasurement::withinGapTarget).count();
    double share = counted.isEmpty() ? Double.NaN : (double) within / counted.size();
    out.printf(
        Locale.ROOT,
        "gap target (<= max(smallest server, 2 %%) on >= %.0f %% of instances with >= %d"
            + " machines): %d/%d = %.1f %% -> %s%n",
        100 * TARGET_SHARE,
        TARGET_MIN_MACHINES,
        within,
        counted.size(),
        100 * share,
        counted.isEmpty() ? "no instances" : share >= TARGET_SHARE ? "MET" : "NOT MET");
    long unplaced = runs.stream().filter(m -> m.unplaced() > 0).count();
    if (unplaced > 0) {
      out.println("plans with unplaced machines: " + unplaced);
    }
  }

  void listWorst(List<PlanMeasurement> runs, PrintWriter out) {
    out.println("worst instances by gap beyond the allowed gap:");
    runs.stream()
        .sorted(
            Comparator.comparingDouble((PlanMeasurement m) -> m.gapVcpus() - m.allowedGapVcpus())
                .reversed()
                .thenComparing(PlanMeasurement::instance))
        .limit(worst)
        .forEach(
            m ->
                out.printf(
                    Locale.ROOT,
                    "  %s on %s: %d vCPU, bound %d, gap %d (%.2f %%, allowed %.1f)%n",
                    m.instance(),
                    m.catalog(),
                    m.vcpus(),
                    m.lowerBoundVcpus(),
                    m.gapVcpus(),
                    m.gapPercent(),
                    m.allowedGapVcpus()));
  }

  private static void writeCsv(List<PlanMeasurement> runs, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "catalog,instance,machines,vcpus,scaleOutVcpus,lowerBoundVcpus,gapVcpus,gapPercent,"
              + "allowedGapVcpus,withinTarget,millis\n");
      for (PlanMeasurement m : runs) {
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,%d,%d,%d,%d,%d,%.3f,%.2f,%b,%.3f\n",
                m.catalog(),
                m.instance(),
                m.machines(),
                m.vcpus(),
                m.scaleOutVcpus(),
                m.lowerBoundVcpus(),
                m.gapVcpus(),
                m.gapPercent(),
                m.allowedGapVcpus(),
                m.withinGapTarget(),
                m.millis()));
      }
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GapHarness()).execute(args));
  }
}
