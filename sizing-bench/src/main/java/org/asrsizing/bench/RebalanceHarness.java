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
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Machine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Plans generated fleets, perturbs each plan as a running deployment (churn changes on 5 % or 20 %
 * of the machines, 10 % machines added) and rebalances it, against the target: moves at most twice
 * the rebalancer's lower bound. Exits 1 when a rebalance leaves a server over a limit or loses a
 * machine, 2 when one fails.
 */
@Command(
    name = "rebalance-harness",
    mixinStandardHelpOptions = true,
    description = "Moves of the rebalancer against its lower bound on perturbed deployments.")
public final class RebalanceHarness implements Callable<Integer> {

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "1000,10000,100000",
      description = "machine counts (default ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(
      names = "--seeds",
      defaultValue = "3",
      description = "seeds 1..N per combination (default ${DEFAULT-VALUE})")
  int seeds;

  @Option(
      names = "--catalogs",
      split = ",",
      defaultValue = "asr-classic,asr-modernized",
      description = "catalogs (default ${DEFAULT-VALUE})")
  List<String> catalogs;

  @Mixin FleetShapeOptions shape;

  @Option(
      names = "--perturbations",
      split = ",",
      defaultValue = "churn5,churn20,add10",
      description = "perturbations (default ${DEFAULT-VALUE})")
  List<String> perturbations;

  @Option(
      names = "--headroom",
      split = ",",
      defaultValue = "0",
      description =
          "headroom percentages, each used to plan and to rebalance (default"
              + " ${DEFAULT-VALUE})")
  List<Double> headrooms;

  @Option(names = "--worst", defaultValue = "10", description = "worst instances to list")
  int worst;

  @Option(names = "--csv", description = "also write one row per rebalance to this file")
  Path csv;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Catalog> loaded = new LinkedHashMap<>();
    catalogs.forEach(id -> loaded.put(id, BenchCatalogs.load(id)));
    List<Perturbation> kinds = perturbations.stream().map(Perturbation::of).toList();
    List<RebalanceMeasurement> runs = new ArrayList<>();
    int failed = 0;
    for (InstanceSpec instance : instances()) {
      List<Machine> machines = InstanceGenerator.generate(instance);
      for (Map.Entry<String, Catalog> c : loaded.entrySet()) {
        for (double headroom : headrooms) {
          CurrentDeployment planned =
              RebalanceMeasurement.deployed(machines, c.getValue(), headroom);
          for (Perturbation p : kinds) {
            try {
              runs.add(run(c.getKey(), c.getValue(), instance, planned, p, headroom));
            } catch (RuntimeException e) {
              failed++;
              out.printf(
                  Locale.ROOT,
                  "FAILED %s on %s, %s, headroom %s: %s%n",
                  instance.name(),
                  c.getKey(),
                  p.id(),
                  headroom,
                  e);
            }
          }
        }
      }
    }
    if (csv != null) {
      writeCsv(runs, csv);
    }
    report(runs, out);
    listWorst(runs, worst, out);
    List<RebalanceMeasurement> unsound = runs.stream().filter(m -> !m.sound()).toList();
    unsound.forEach(
        m ->
            out.printf(
                Locale.ROOT,
                "UNSOUND %s on %s, %s, headroom %s: %d server(s) over a limit, %d machine(s)"
                    + " not accounted for%n",
                m.instance(),
                m.catalog(),
                m.perturbation().id(),
                m.headroomPercent(),
                m.serversOverLimitAfter(),
                m.lost()));
    out.flush();
    return failed > 0 ? 2 : unsound.isEmpty() ? 0 : 1;
  }

  private List<InstanceSpec> instances() {
    return InstanceSpec.grid(sizes, shape.distributions(), shape.regimes(), seeds);
  }

  /** Perturbs {@code planned} with the instance's seed and rebalances it. */
  static RebalanceMeasurement run(
      String catalogId,
      Catalog catalog,
      InstanceSpec instance,
      CurrentDeployment planned,
      Perturbation p,
      double headroom) {
    CurrentDeployment d =
        RebalanceMeasurement.perturbed(planned, catalog, p, headroom, instance.seed());
    return RebalanceMeasurement.measure(catalogId, catalog, instance.name(), p, headroom, d);
  }

  static void report(List<RebalanceMeasurement> runs, PrintWriter out) {
    out.println(
        "catalog         machines perturbation headroom  runs  median-moves  median-LB"
            + "  worst-ratio  within-2x  median-added  median-ms");
    Map<String, List<RebalanceMeasurement>> byGroup = new LinkedHashMap<>();
    for (RebalanceMeasurement m : runs) {
      byGroup
          .computeIfAbsent(
              m.catalog() + " " + fleet(m) + " " + m.perturbation() + " " + m.headroomPercent(),
              k -> new ArrayList<>())
          .add(m);
    }
    List<List<RebalanceMeasurement>> groups = new ArrayList<>(byGroup.values());
    groups.sort(
        Comparator.comparingInt((List<RebalanceMeasurement> g) -> fleet(g.get(0)))
            .thenComparing(g -> g.get(0).catalog())
            .thenComparingDouble(g -> g.get(0).headroomPercent())
            .thenComparing(g -> g.get(0).perturbation()));
    for (List<RebalanceMeasurement> group : groups) {
      RebalanceMeasurement first = group.get(0);
      long within = group.stream().filter(RebalanceMeasurement::withinTarget).count();
      out.printf(
          Locale.ROOT,
          "%-15s %8d %-12s %8.0f %5d %13.1f %10.1f %12s %10s %13.1f %10.1f%n",
          first.catalog(),
          fleet(first),
          first.perturbation().id(),
          first.headroomPercent(),
          group.size(),
          Median.of(group.stream().map(RebalanceMeasurement::moves).toList()),
          Median.of(group.stream().map(RebalanceMeasurement::lowerBoundMoves).toList()),
          ratio(group.stream().mapToDouble(RebalanceMeasurement::ratio).max().orElse(1)),
          within + "/" + group.size(),
          Median.of(group.stream().map(RebalanceMeasurement::serversAdded).toList()),
          Median.of(group.stream().map(RebalanceMeasurement::millis).toList()));
    }
    long within = runs.stream().filter(RebalanceMeasurement::withinTarget).count();
    out.printf(
        Locale.ROOT,
        "within 2x of the lower bound: %d/%d = %.1f %%%n",
        within,
        runs.size(),
        runs.isEmpty() ? Double.NaN : 100.0 * within / runs.size());
    long unplaced = runs.stream().filter(m -> m.unplaced() > 0).count();
    if (unplaced > 0) {
      out.println("rebalances with unplaced machines: " + unplaced);
    }
  }

  /** Machines of the planned fleet, before any were added. */
  private static int fleet(RebalanceMeasurement m) {
    return InstanceSpec.parse(m.instance()).machines();
  }

  private static String ratio(double r) {
    return Double.isInfinite(r) ? "LB=0" : String.format(Locale.ROOT, "%.2f", r);
  }

  static void listWorst(List<RebalanceMeasurement> runs, int worst, PrintWriter out) {
    out.println("worst rebalances by moves over the lower bound:");
    runs.stream()
        .sorted(
            Comparator.comparingDouble(RebalanceMeasurement::ratio)
                .reversed()
                .thenComparing(RebalanceMeasurement::instance))
        .limit(worst)
        .forEach(
            m ->
                out.printf(
                    Locale.ROOT,
                    "  %s on %s, %s, headroom %.0f: %d moves, bound %d (ratio %s), %d added%n",
                    m.instance(),
                    m.catalog(),
                    m.perturbation().id(),
                    m.headroomPercent(),
                    m.moves(),
                    m.lowerBoundMoves(),
                    ratio(m.ratio()),
                    m.serversAdded()));
  }

  private static void writeCsv(List<RebalanceMeasurement> runs, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "catalog,instance,perturbation,headroomPercent,machines,newMachines,moves,"
              + "lowerBoundMoves,serversAdded,serversOverLimitAfter,unplaced,lost,withinTarget,"
              + "millis\n");
      for (RebalanceMeasurement m : runs) {
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,%s,%.1f,%d,%d,%d,%d,%d,%d,%d,%d,%b,%.3f\n",
                m.catalog(),
                m.instance(),
                m.perturbation().id(),
                m.headroomPercent(),
                m.machines(),
                m.newMachines(),
                m.moves(),
                m.lowerBoundMoves(),
                m.serversAdded(),
                m.serversOverLimitAfter(),
                m.unplaced(),
                m.lost(),
                m.withinTarget(),
                m.millis()));
      }
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new RebalanceHarness()).execute(args));
  }
}
