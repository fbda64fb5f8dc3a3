package org.asrsizing.bench.peers;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.asrsizing.bench.BenchCatalogs;
import org.asrsizing.bench.ChurnDistribution;
import org.asrsizing.bench.InstanceGenerator;
import org.asrsizing.bench.InstanceSpec;
import org.asrsizing.bench.Median;
import org.asrsizing.bench.PlanMeasurement;
import org.asrsizing.bench.Regime;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Machine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the planner, Timefold and (on small instances) CP-SAT on the same generated instances in one
 * JVM and compares the vCPUs of the servers that carry machines. For the classic catalog that is
 * the process servers only: configuration servers are sized by rule, not packed.
 */
@Command(
    name = "peer-harness",
    mixinStandardHelpOptions = true,
    description = "The planner against Timefold Solver and the CP-SAT optimum.")
public final class PeerHarness implements Callable<Integer> {

  @Option(
      names = "--budgets",
      split = ",",
      defaultValue = "1,10",
      description = "Timefold budgets in seconds on large instances (default ${DEFAULT-VALUE})")
  List<Integer> budgets;

  @Option(names = "--full", description = "add the 60 s Timefold budget (long run)")
  boolean full;

  @Option(
      names = "--small-budgets",
      split = ",",
      defaultValue = "1",
      description = "Timefold budgets in seconds on small instances (default ${DEFAULT-VALUE})")
  List<Integer> smallBudgets;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "1000,10000",
      description = "large instance sizes, Timefold only (default ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(names = "--seeds", defaultValue = "1", description = "seeds 1..N (default 1)")
  int seeds;

  @Option(
      names = "--exact-limit",
      defaultValue = "20",
      description = "CP-SAT time limit per instance, seconds (default ${DEFAULT-VALUE})")
  int exactLimit;

  @Option(
      names = "--synthetic-small-sizes",
      split = ",",
      defaultValue = "20,40,60",
      description = "exact instance sizes on the synthetic catalog (default ${DEFAULT-VALUE})")
  List<Integer> syntheticSmall;

  @Option(
      names = "--classic-small-sizes",
      split = ",",
      defaultValue = "210,240",
      description =
          "exact instance sizes on asr-classic, above its thresholds (default ${DEFAULT-VALUE})")
  List<Integer> classicSmall;

  @Option(
      names = "--dists",
      split = ",",
      defaultValue = "lognormal,bimodal,pareto",
      description = "distributions of the small instances (default ${DEFAULT-VALUE})")
  List<String> dists;

  @Option(
      names = "--regimes",
      split = ",",
      defaultValue = "count,both,churn",
      description = "regimes (default ${DEFAULT-VALUE})")
  List<String> regimes;

  @Option(names = "--no-small", description = "skip the small (exact) instances")
  boolean noSmall;

  @Option(names = "--no-large", description = "skip the large (Timefold only) instances")
  boolean noLarge;

  @Spec CommandLine.Model.CommandSpec spec;

  private record Case(String catalogId, InstanceSpec instance, boolean small) {}

  private record Row(
      Case c, PlanMeasurement ours, List<Integer> budgets, List<PeerResult> tf, PeerResult exact) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Integer> large = new ArrayList<>(budgets);
    if (full && !large.contains(60)) {
      large.add(60);
    }
    List<Row> rows = new ArrayList<>();
    out.println(
        "catalog             instance                      n  ours-vCPU ours-ms  timefold"
            + " (budget:vCPU)              exact");
    for (Case c : cases()) {
      Catalog catalog = BenchCatalogs.load(c.catalogId());
      List<Machine> machines = InstanceGenerator.generate(c.instance());
      PlanMeasurement ours =
          PlanMeasurement.measure(c.catalogId(), catalog, c.instance().name(), machines);
      if (ours.scaleOutVcpus() == 0) {
        out.println(c.instance().name() + " on " + c.catalogId() + ": no scale-out, skipped");
        continue;
      }
      PackingProblem problem = PackingProblem.of(machines, catalog);
      List<Integer> used = c.small() ? smallBudgets : large;
      List<PeerResult> tf = new ArrayList<>();
      for (int seconds : used) {
        tf.add(TimefoldPeer.solve(problem, Duration.ofSeconds(seconds)));
      }
      PeerResult exact =
          c.small()
              ? ExactPeer.solve(problem, ours.scaleOutVcpus(), Duration.ofSeconds(exactLimit))
              : null;
      Row row = new Row(c, ours, used, tf, exact);
      rows.add(row);
      out.println(line(row));
      out.flush();
    }
    summary(rows, large, out);
    out.flush();
    return 0;
  }

  private List<Case> cases() {
    List<Case> list = new ArrayList<>();
    if (!noSmall) {
      // Synthetic: pure packing at any size. Classic: above its 200-machine threshold, so that
      // scale-out process servers carry the machines.
      ChurnDistribution[] chosen =
          dists.stream().map(ChurnDistribution::of).toArray(ChurnDistribution[]::new);
      addCases(list, BenchCatalogs.SYNTHETIC, syntheticSmall, chosen, true);
      addCases(list, BenchCatalogs.CLASSIC, classicSmall, chosen, true);
    }
    if (!noLarge) {
      ChurnDistribution[] one = {ChurnDistribution.LOGNORMAL};
      addCases(list, BenchCatalogs.SYNTHETIC, sizes, one, false);
      addCases(list, BenchCatalogs.CLASSIC, sizes, one, false);
    }
    return list;
  }

  private void addCases(
      List<Case> list,
      String catalog,
      List<Integer> ns,
      ChurnDistribution[] distributions,
      boolean small) {
    List<Regime> chosen = regimes.stream().map(Regime::of).toList();
    for (InstanceSpec spec : InstanceSpec.grid(ns, List.of(distributions), chosen, seeds)) {
      list.add(new Case(catalog, spec, small));
    }
  }

  private static String line(Row r) {
    StringBuilder tf = new StringBuilder();
    for (int k = 0; k < r.budgets().size(); k++) {
      tf.append(r.budgets().get(k)).append("s:").append(r.tf().get(k).cell()).append(' ');
    }
    String exact =
        r.exact() == null
            ? "-"
            : r.exact().cell()
                + (r.exact().optimal() ? "" : " (bound " + r.exact().boundVcpus() + ")")
                + String.format(Locale.ROOT, " in %.1fs", r.exact().millis() / 1000);
    return String.format(
        Locale.ROOT,
        "%-18s %-26s %6d %9d %8.1f  %-34s %s",
        r.c().catalogId(),
        r.c().instance().name(),
        r.ours().machines(),
        r.ours().scaleOutVcpus(),
        r.ours().millis(),
        tf.toString().trim(),
        exact);
  }

  private static void summary(List<Row> rows, List<Integer> large, PrintWriter out) {
    List<Row> proven = rows.stream().filter(r -> r.exact() != null && r.exact().optimal()).toList();
    long matched =
        proven.stream().filter(r -> r.ours().scaleOutVcpus() == r.exact().vcpus()).count();
    long unproven = rows.stream().filter(r -> r.exact() != null && !r.exact().optimal()).count();
    out.printf(
        Locale.ROOT,
        "exact optimum matched: %d/%d proven-optimal small instances = %.1f %% (target >= 90 %%)"
            + "; %d more without a proof in the time limit%n",
        matched,
        proven.size(),
        proven.isEmpty() ? Double.NaN : 100.0 * matched / proven.size(),
        unproven);
    for (Row r : proven) {
      if (r.ours().scaleOutVcpus() != r.exact().vcpus()) {
        out.printf(
            Locale.ROOT,
            "  missed: %s on %s: ours %d, optimum %d%n",
            r.c().instance().name(),
            r.c().catalogId(),
            r.ours().scaleOutVcpus(),
            r.exact().vcpus());
      }
    }
    for (int b : large) {
      List<Row> with =
          rows.stream().filter(r -> !r.c().small() && r.budgets().contains(b)).toList();
      if (with.isEmpty()) {
        continue;
      }
      long noWorse = 0;
      long tfNone = 0;
      List<Double> speedups = new ArrayList<>();
      for (Row r : with) {
        PeerResult tf = r.tf().get(r.budgets().indexOf(b));
        if (!tf.feasible()) {
          tfNone++;
          noWorse++;
        } else if (r.ours().scaleOutVcpus() <= tf.vcpus()) {
          noWorse++;
        }
        speedups.add(tf.millis() / r.ours().millis());
      }
      out.printf(
          Locale.ROOT,
          "timefold %ds on %d large instances: ours no dearer on %d (timefold found no feasible"
              + " plan on %d); median time ratio timefold/ours %.0fx%n",
          b,
          with.size(),
          noWorse,
          tfNone,
          Median.of(speedups));
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new PeerHarness()).execute(args));
  }
}
