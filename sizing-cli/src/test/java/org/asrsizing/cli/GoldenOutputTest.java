package org.asrsizing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden-output safety net: runs the CLI in-process on the bundled examples and on seeded generated
 * instances and compares the JSON output byte for byte with files recorded from the code at commit
 * ffbfb38 under {@code src/test/resources/golden/}.
 *
 * <p>Outputs under 200 KB are stored as the full {@code NAME.json}; larger ones as {@code
 * NAME.sha256} holding the SHA-256 of the exact bytes and the byte length.
 *
 * <p>To (re)record, run from the repository root:
 *
 * <pre>
 * mvn -pl sizing-cli -am test -Dtest=GoldenOutputTest -Dgolden.record=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Without {@code golden.record=true} a missing golden file fails the case; nothing is recorded.
 *
 * <p>Normalisation: the only run-dependent text is the absolute path of the temporary directory
 * holding generated inputs (it may appear in outputs that name their input file); it is replaced by
 * the token {@code $TMP}. Bundled examples are passed as paths relative to the module directory
 * ({@code ../docs/examples/...}), so they are stable as given.
 *
 * <p>Generated instances: 10^2, 10^3, 10^4 machines run every mode on the three catalogs; 10^5 runs
 * only {@code plan} (all three catalogs) to keep the test near a minute on a 2-core machine.
 */
class GoldenOutputTest {

  private static final boolean RECORD = Boolean.getBoolean("golden.record");
  private static final int FULL_FILE_LIMIT = 200 * 1024;
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String EX = "../docs/examples";
  private static final List<String> CATALOGS =
      List.of("asr-classic", "asr-modernized", EX + "/custom-catalog.yaml");

  private static Path tmp;

  @BeforeAll
  static void makeTempDir() throws IOException {
    tmp = Files.createTempDirectory("golden");
  }

  @AfterAll
  static void removeTempDir() throws IOException {
    try (Stream<Path> files = Files.walk(tmp)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @TestFactory
  Stream<DynamicTest> bundledExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String catalog : CATALOGS) {
      String c = catalogName(catalog);
      tests.add(golden("example-plan-" + c, "plan", "--example", "--catalog", catalog));
      for (String input :
          List.of(
              "machines.csv",
              "machines.yaml",
              "azure-migrate.csv",
              "rvtools.xlsx",
              "rvtools",
              "writes.csv")) {
        tests.add(
            golden(
                "example-plan-" + input.replace('.', '-') + "-" + c,
                "plan",
                "--inventory",
                EX + "/inputs/" + input,
                "--catalog",
                catalog));
      }
    }
    tests.add(golden("example-plan-spare-1", "plan", "--example", "--spare", "1"));
    tests.add(
        golden(
            "example-plan-operate-fleet-headroom-20",
            "plan",
            "--inventory",
            EX + "/operate/fleet.csv",
            "--headroom",
            "20"));
    String plan = EX + "/operate/plan.json";
    String now = EX + "/operate/fleet-now.csv";
    tests.add(golden("example-rebalance", "rebalance", "--deployment", plan, "--inventory", now));
    tests.add(
        golden(
            "example-rebalance-deployment-yaml",
            "rebalance",
            "--deployment",
            EX + "/operate/deployment.yaml"));
    tests.add(
        golden(
            "example-health-metrics-spare-1",
            "health",
            "--deployment",
            plan,
            "--inventory",
            now,
            "--metrics",
            EX + "/operate/metrics.csv",
            "--spare",
            "1"));
    tests.add(golden("example-health-plan", "health", "--deployment", plan));
    tests.add(
        golden(
            "example-health-after-drain",
            "health",
            "--deployment",
            EX + "/operate/after-drain.json"));
    tests.add(golden("example-drain-ps-2", "drain", "--deployment", plan, "--server", "ps-2"));
    tests.add(
        golden(
            "example-whatif-timeline",
            "whatif",
            "timeline",
            "--machines",
            "150",
            "--churn",
            "1TB",
            "--growth-machines",
            "20",
            "--growth-churn",
            "30",
            "--horizon",
            "24"));
    tests.add(
        golden(
            "example-whatif-bandwidth",
            "whatif",
            "bandwidth",
            "--example",
            "--bandwidth",
            "500",
            "--machine-size",
            "300GB"));
    tests.add(
        golden(
            "profile-whatif-bandwidth",
            "whatif",
            "bandwidth",
            "--inventory",
            EX + "/inputs/profile-3days.csv",
            "--bandwidth",
            "hub=50,branch=15",
            "--rpo",
            "15m,1h",
            "--throttle",
            "08:00-18:00=40Mbps"));
    tests.add(
        golden(
            "azure-migrate-whatif-bandwidth",
            "whatif",
            "bandwidth",
            "--inventory",
            EX + "/inputs/azure-migrate.csv",
            "--bandwidth",
            "100",
            "--ir-goal",
            "48"));
    tests.add(
        golden(
            "example-whatif-montecarlo-aggregate",
            "whatif",
            "montecarlo",
            "--machines",
            "400",
            "--churn",
            "4TB",
            "--churn-cv",
            "0.5",
            "--trials",
            "500",
            "--seed",
            "7"));
    tests.add(
        golden(
            "example-whatif-montecarlo-inventory",
            "whatif",
            "montecarlo",
            "--inventory",
            EX + "/inputs/machines.csv",
            "--trials",
            "200",
            "--seed",
            "1"));
    tests.add(
        golden(
            "example-whatif-forecast",
            "whatif",
            "forecast",
            "--history",
            EX + "/churn-history.csv",
            "--horizon",
            "12"));
    tests.add(
        golden(
            "example-whatif-compare",
            "whatif",
            "compare",
            "--scenarios",
            EX + "/scenarios.yaml",
            "--example"));
    tests.add(
        golden(
            "example-whatif-sweep",
            "whatif",
            "sweep",
            "--example",
            "--vary",
            "churn",
            "--from",
            "0.5",
            "--to",
            "3",
            "--step",
            "0.5"));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> generatedInstances() {
    List<DynamicTest> tests = new ArrayList<>();
    for (int n : new int[] {100, 1_000, 10_000, 100_000}) {
      boolean allModes = n <= 10_000;
      for (String catalog : CATALOGS) {
        String c = catalogName(catalog);
        String name = "gen-" + n + "-" + c;
        Path inventory = tmp.resolve(name + "-inventory.csv");
        Path perturbed = tmp.resolve(name + "-perturbed.csv");
        Path deployment = tmp.resolve(name + "-plan.json");
        tests.add(
            DynamicTest.dynamicTest(
                name + "-plan",
                () -> {
                  writeInventory(inventory, perturbed, n, 1000L + n);
                  String out =
                      check(
                          name + "-plan",
                          "plan",
                          "--inventory",
                          inventory.toString(),
                          "--catalog",
                          catalog,
                          "--format",
                          "json");
                  Files.writeString(deployment, out);
                }));
        if (!allModes) {
          continue;
        }
        tests.add(
            golden(
                name + "-plan-spare-1",
                "plan",
                "--inventory",
                inventory.toString(),
                "--catalog",
                catalog,
                "--spare",
                "1"));
        tests.add(
            golden(
                name + "-rebalance",
                "rebalance",
                "--deployment",
                deployment.toString(),
                "--inventory",
                perturbed.toString()));
        tests.add(
            golden(
                name + "-health",
                "health",
                "--deployment",
                deployment.toString(),
                "--inventory",
                perturbed.toString()));
        tests.add(
            golden(
                name + "-health-spare-1",
                "health",
                "--deployment",
                deployment.toString(),
                "--inventory",
                perturbed.toString(),
                "--spare",
                "1"));
        tests.add(
            DynamicTest.dynamicTest(
                name + "-drain-first-server",
                () ->
                    check(
                        name + "-drain-first-server",
                        "drain",
                        "--deployment",
                        deployment.toString(),
                        "--server",
                        firstServer(Files.readString(deployment)))));
      }
    }
    return tests.stream();
  }

  /**
   * Writes a native inventory of {@code n} machines (lognormal churn, 1-8 disks, three sites, 10 %
   * of machines in groups of about five) and a perturbed copy: 20 % of the machines with a new
   * churn and 10 % new machines.
   */
  private static void writeInventory(Path inventory, Path perturbed, int n, long seed)
      throws IOException {
    Random random = new Random(seed);
    String[] sites = {"london", "paris", "dublin"};
    int groups = Math.max(1, n / 50);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(row(random, "vm-" + i, sites, groups));
    }
    StringBuilder base = new StringBuilder("name,churnGiBPerDay,disks,site,group\n");
    for (String[] r : rows) {
      base.append(String.join(",", r)).append('\n');
    }
    Files.writeString(inventory, base);
    StringBuilder changed = new StringBuilder("name,churnGiBPerDay,disks,site,group\n");
    for (String[] r : rows) {
      if (random.nextDouble() < 0.2) {
        r[1] = churn(random);
      }
      changed.append(String.join(",", r)).append('\n');
    }
    for (int i = 0; i < n / 10; i++) {
      changed.append(String.join(",", row(random, "new-" + i, sites, groups))).append('\n');
    }
    Files.writeString(perturbed, changed);
  }

  private static String[] row(Random random, String name, String[] sites, int groups) {
    return new String[] {
      name,
      churn(random),
      Integer.toString(1 + random.nextInt(8)),
      sites[random.nextInt(sites.length)],
      random.nextDouble() < 0.1 ? "g" + random.nextInt(groups) : ""
    };
  }

  /** Lognormal churn in GiB/day, median about 20, capped well below the largest tier. */
  private static String churn(Random random) {
    double value = Math.min(Math.exp(3.0 + 1.2 * random.nextGaussian()), 900);
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The first process server of a saved plan, else its first configuration server. */
  private static String firstServer(String planJson) {
    int ps = planJson.indexOf("\"processServers\" : [");
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("\"id\" : \"([^\"]+)\"").matcher(planJson);
    if (ps >= 0 && id.find(ps)) {
      return id.group(1);
    }
    if (id.find(Math.max(0, planJson.indexOf("\"configurationServers\" : [")))) {
      return id.group(1);
    }
    throw new IllegalStateException("no server in the saved plan");
  }

  private static String catalogName(String catalog) {
    return catalog.endsWith(".yaml") ? "custom" : catalog;
  }

  private static DynamicTest golden(String name, String... args) {
    return DynamicTest.dynamicTest(name, () -> check(name, args));
  }

  /** Runs the command with {@code --format json} appended (unless given) and checks the output. */
  private static String check(String name, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--format")) {
      all.add("--format");
      all.add("json");
    }
    Run run = Run.of(all.toArray(String[]::new));
    String text =
        "exit " + run.exitCode() + "\n" + run.out() + (run.err().isEmpty() ? "" : "\n" + run.err());
    String normal = text.replace(tmp.toString(), "$TMP");
    byte[] bytes = normal.getBytes(StandardCharsets.UTF_8);
    Path full = GOLDEN.resolve(name + ".json");
    Path hash = GOLDEN.resolve(name + ".sha256");
    String digest = sha256(bytes) + " " + bytes.length + "\n";
    if (RECORD) {
      Files.createDirectories(GOLDEN);
      Files.deleteIfExists(full);
      Files.deleteIfExists(hash);
      if (bytes.length < FULL_FILE_LIMIT) {
        Files.write(full, bytes);
      } else {
        Files.writeString(hash, digest);
      }
    } else if (Files.exists(full)) {
      String expected = Files.readString(full);
      if (!expected.equals(normal)) {
        fail(name + ": output differs from " + full + firstDifference(expected, normal));
      }
    } else if (Files.exists(hash)) {
      assertEquals(
          Files.readString(hash), digest, name + ": SHA-256/length of output differs from " + hash);
    } else {
      fail(
          name + ": no golden file " + full + " or " + hash + "; record with -Dgolden.record=true");
    }
    return run.out();
  }

  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end of file>";
      String al = i < a.length ? a[i] : "<end of file>";
      if (!el.equals(al)) {
        return "\nfirst difference at line " + (i + 1) + "\nexpected: " + el + "\nactual:   " + al;
      }
    }
    return "";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static {
    // Fail early and clearly if the test is not run from the module directory.
    if (!Files.isDirectory(Path.of(EX))) {
      throw new UncheckedIOException(new IOException("run from sizing-cli: " + Path.of(EX)));
    }
  }
}
