package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import picocli.CommandLine;

/**
 * Every option of every command, given a hostile value on top of a run that works: never an
 * internal error (exit 1), never a Java name or stack trace on stderr ({@link Run#of} checks that
 * on every run). File and folder options get paths in a scratch folder: one that exists, a folder,
 * a missing one, one through a file, and text that is no path at all. This is how {@code runbook
 * --output-dir} naming a file was found to print a Java exception.
 */
class OptionFuzzProperties {

  private static final String EX = "../docs/examples/";

  /** A run of each command that works, to which the hostile option is added. */
  private static final Map<String, String> BASE =
      Map.ofEntries(
          Map.entry("plan", "plan --example"),
          Map.entry("tiers", "tiers"),
          Map.entry("help", "help plan"),
          Map.entry("whatif timeline", "whatif timeline --example --horizon 3"),
          Map.entry("whatif bandwidth", "whatif bandwidth --example --bandwidth 500"),
          Map.entry("whatif montecarlo", "whatif montecarlo --example --trials 20"),
          Map.entry("whatif forecast", "whatif forecast --history " + EX + "churn-history.csv"),
          Map.entry(
              "whatif compare", "whatif compare --scenarios " + EX + "scenarios.yaml --example"),
          Map.entry("whatif sweep", "whatif sweep --example --vary churn --from 1 --to 2"),
          Map.entry("rebalance", "rebalance --deployment " + EX + "operate/plan.json"),
          Map.entry("drain", "drain --deployment " + EX + "operate/plan.json --server ps-2"),
          Map.entry("health", "health --deployment " + EX + "operate/plan.json"),
          Map.entry("runbook", "runbook --example"));

  private static final List<String> VALUES =
      List.of(
          "-1",
          "0",
          "-0",
          "1e400",
          "NaN",
          "Infinity",
          "99999999999",
          "2147483648",
          "",
          " ",
          "abc",
          "1TB",
          "1PB",
          "0.0001",
          "1e-320",
          "0x10",
          "1,5",
          "=",
          "%s",
          "ps-99",
          "1h",
          "-5m",
          "24:00-00:00=1Mbps",
          "hub=50,branch=15",
          "2026-13-01",
          "9999-12-31",
          "json",
          "xlsx",
          "churn",
          "-",
          "\u00e9",
          "10000",
          "301");

  /** Scratch paths, made once: {@code file} exists, {@code folder} is one, the others do not. */
  private static final Path SCRATCH = scratch();

  private static final List<String> PATHS =
      List.of(
          SCRATCH.resolve("file").toString(),
          SCRATCH.resolve("folder").toString(),
          SCRATCH.resolve("missing/x").toString(),
          SCRATCH.resolve("file/under").toString(),
          SCRATCH.resolve("new.out").toString(),
          "",
          "-");

  record Case(String command, String option, String value) {}

  /** Every file or folder option with every scratch path: a few hundred runs, all of them. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void noPathEndsInAnInternalErrorOrAJavaName(@ForAll("paths") Case c) {
    check(c);
  }

  /** The other options, each with values drawn from the hostile list. */
  @Property(tries = 300)
  void noValueEndsInAnInternalErrorOrAJavaName(@ForAll("values") Case c) {
    check(c);
  }

  private static void check(Case c) {
    List<String> args = new ArrayList<>(List.of(BASE.get(c.command()).split(" ")));
    args.add(c.value() == null ? c.option() : c.option() + "=" + c.value());

    // An empty standard input: "-" reads it, and the test's own would never end.
    Run run = Run.withStdin(new byte[0], args.toArray(new String[0]));

    run.assertNoInternalError(args);
  }

  @Provide
  Arbitrary<Case> paths() {
    return Arbitraries.of(cases(true));
  }

  @Provide
  Arbitrary<Case> values() {
    return Arbitraries.of(cases(false));
  }

  private static List<Case> cases(boolean paths) {
    List<Case> all = new ArrayList<>();
    options()
        .forEach(
            (command, spec) -> {
              for (CommandLine.Model.OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp() || o.longestName().equals("--debug")) {
                  continue;
                }
                boolean path = o.paramLabel().contains("FILE") || o.paramLabel().contains("DIR");
                if (path != paths) {
                  continue;
                }
                if (o.arity().max() == 0) {
                  all.add(new Case(command, o.longestName(), null));
                  continue;
                }
                for (String v : path ? PATHS : VALUES) {
                  all.add(new Case(command, o.longestName(), v));
                }
              }
            });
    return all;
  }

  /** The commands that run (no subcommands of their own), by their full name. */
  private static Map<String, CommandLine.Model.CommandSpec> options() {
    Map<String, CommandLine.Model.CommandSpec> out = new TreeMap<>();
    collect(SizingCommand.commandLine(), "", out);
    assertThat(out.keySet()).as("every command has a run that works").isEqualTo(BASE.keySet());
    return out;
  }

  private static void collect(
      CommandLine c, String prefix, Map<String, CommandLine.Model.CommandSpec> out) {
    if (c.getSubcommands().isEmpty()) {
      out.put(prefix.strip(), c.getCommandSpec());
      return;
    }
    c.getSubcommands().forEach((name, sub) -> collect(sub, prefix + " " + name, out));
  }

  @AfterContainer
  static void removeScratch() throws IOException {
    try (var paths = Files.walk(SCRATCH)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path scratch() {
    try {
      Path dir = Files.createTempDirectory("option-fuzz");
      Files.writeString(dir.resolve("file"), "not an input\n");
      Files.createDirectories(dir.resolve("folder"));
      return dir;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
