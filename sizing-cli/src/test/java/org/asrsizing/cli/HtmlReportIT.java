package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser: headless Chromium opens the report of the bundled example and
 * of a 10,000-machine fleet, lays it out (every chart has a size, the summary is on the first
 * screen, no console error), prints it to PDF (a bounded page count) and takes a screenshot. The
 * screenshots and PDFs are left under {@code target/html-report/} for a person to look at.
 *
 * <p>Chromium is required, not optional: without it the test fails and says how to install it
 * ({@code .ci/run} installs it on a fresh machine).
 */
class HtmlReportIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
  // Relative, so the report names its input as a user would see it (the docs show these shots).
  private static final Path OUT = Path.of("target", "html-report");
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--enable-logging=stderr",
          "--v=0");
  private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern SIZE = Pattern.compile("data-size=\"(\\d+)x(\\d+)\"");
  private static final List<String> PAPERS = List.of("A4", "letter");
  private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

  @BeforeAll
  static void chromiumIsThere() throws IOException {
    assertThat(Files.isExecutable(CHROMIUM))
        .as(
            "the browser test needs Chromium at %s; install it with 'apt-get install -y chromium'"
                + " (as root; .ci/run does this) or pass -Dchromium=PATH",
            CHROMIUM)
        .isTrue();
    Files.createDirectories(OUT);
  }

  @Test
  void theExampleReportRendersPrintsAndHasItsChartsLaidOut() throws Exception {
    Path html = OUT.resolve("example.html");
    Run run = Run.of("plan", "--example", "--format", "html", "--output", html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 3, 6);
  }

  @Test
  void aTenThousandMachineFleetRendersAndPrintsOnABoundedNumberOfPages() throws Exception {
    Path inventory = OUT.resolve("fleet-10000.csv");
    writeFleet(inventory, 10_000, 2026);
    Path html = OUT.resolve("fleet-10000.html");
    Run run =
        Run.of(
            "plan",
            "--inventory",
            inventory.toString(),
            "--headroom",
            "20",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.DONE, ExitCode.INFEASIBLE);

    check(html, 3, 20);
  }

  @Test
  void theGrowthTimelineReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("timeline.html");
    Run run =
        Run.of(
            "whatif",
            "timeline",
            "--example",
            "--growth-machines",
            "30",
            "--growth-churn",
            "25",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 1, 3);
  }

  @Test
  void theRebalanceReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("rebalance.html");
    Run run =
        Run.of(
            "rebalance",
            "--deployment",
            "../docs/examples/operate/plan.json",
            "--inventory",
            "../docs/examples/operate/fleet-now.csv",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 1, 3);
  }

  @Test
  void theBandwidthReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("bandwidth.html");
    Run run =
        Run.of(
            "whatif",
            "bandwidth",
            "--inventory",
            "../docs/examples/inputs/profile-3days.csv",
            "--bandwidth",
            "hub=50,branch=15",
            "--rpo",
            "15m,1h",
            "--throttle",
            "08:00-18:00=40Mbps",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 5, 6);
  }

  @Test
  void theMonteCarloReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("montecarlo.html");
    Run run =
        Run.of(
            "whatif",
            "montecarlo",
            "--machines",
            "400",
            "--churn",
            "4TB",
            "--churn-cv",
            "0.5",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 2, 4);
  }

  @Test
  void theHealthReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("health.html");
    Run run =
        Run.of(
            "health",
            "--deployment",
            "../docs/examples/operate/plan.json",
            "--inventory",
            "../docs/examples/operate/fleet-now.csv",
            "--metrics",
            "../docs/examples/operate/metrics.csv",
            "--spare",
            "1",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 1, 4);
  }

  @Test
  void theTiersReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("tiers.html");
    Run run = Run.of("tiers", "--format", "html", "--output", html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    // The compatibility tables (about 50 rows, the operating system table's patterns wrapping)
    // add three pages to the six the tiers, limits and sources took.
    check(html, 2, 10);
  }

  @Test
  void theRunbookReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("runbook.html");
    Run run =
        Run.of(
            "runbook",
            "--deployment",
            "../docs/examples/runbook/plan.json",
            "--servers",
            "../docs/examples/runbook/servers.yaml",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 0, 8);
  }

  @Test
  void theForecastReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("forecast.html");
    Run run =
        Run.of(
            "whatif",
            "forecast",
            "--history",
            "../docs/examples/churn-history.csv",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 2, 3);
  }

  @Test
  void theCompareReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("compare.html");
    Run run =
        Run.of(
            "whatif",
            "compare",
            "--scenarios",
            "../docs/examples/scenarios.yaml",
            "--example",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 1, 2);
  }

  @Test
  void theSweepReportRendersAndPrints() throws Exception {
    Path html = OUT.resolve("sweep.html");
    Run run =
        Run.of(
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
            "0.5",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);

    check(html, 2, 3);
  }

  /** Lays out, screenshots and prints {@code html}; {@code charts} SVGs, at most {@code pages}. */
  private static void check(Path html, int charts, int pages) throws Exception {
    String name = html.getFileName().toString().replace(".html", "");
    String url = html.toAbsolutePath().toUri() + "#check";

    Browser dom = chromium("--dump-dom", url);
    assertThat(dom.consoleErrors()).as("console of " + name).isEmpty();
    assertThat(dom.out()).as("the report's script ran").contains("data-check=\"done\"");
    List<String> svgs = matches(SVG, dom.out());
    assertThat(svgs).as("charts of " + name).hasSize(charts);
    for (String svg : svgs) {
      Matcher size = SIZE.matcher(svg);
      assertThat(size.find()).as("laid out: " + svg).isTrue();
      assertThat(Integer.parseInt(size.group(1))).as("width of " + svg).isPositive();
      assertThat(Integer.parseInt(size.group(2))).as("height of " + svg).isPositive();
    }
    Matcher top = Pattern.compile("data-summary-top=\"(-?\\d+)\"").matcher(dom.out());
    assertThat(top.find()).as("summary of " + name).isTrue();
    assertThat(Integer.parseInt(top.group(1))).as("summary on the first screen").isBetween(0, 400);

    Path png = OUT.resolve(name + ".png");
    Files.deleteIfExists(png);
    Browser shot =
        chromium(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=1280,2000",
            html.toAbsolutePath().toUri().toString());
    assertThat(shot.consoleErrors()).as("console of " + name).isEmpty();
    assertThat(png).exists();
    byte[] image = Files.readAllBytes(png);
    assertThat(image.length).as(png.toString()).isGreaterThan(10_000);
    assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

    for (String paper : PAPERS) {
      print(html, name, paper, pages);
    }
  }

  /**
   * Prints {@code html} on {@code paper} ({@code A4} or {@code letter}) as a reader would choose
   * it: the report sets no page size, so a copy with the paper's {@code @page} rule stands in for
   * the print dialog's choice.
   */
  private static void print(Path html, String name, String paper, int pages) throws Exception {
    Path copy = OUT.resolve(name + "-" + paper + ".html");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).as("the report leaves the paper to the reader").doesNotContain("size: A4");
    Files.writeString(
        copy, page.replace("</head>", "<style>@page { size: " + paper + "; }</style></head>"));
    Path pdf = OUT.resolve(name + "-" + paper + ".pdf");
    Files.deleteIfExists(pdf);
    Browser print =
        chromium(
            "--print-to-pdf=" + pdf.toAbsolutePath(),
            "--no-pdf-header-footer",
            copy.toAbsolutePath().toUri().toString());
    assertThat(print.consoleErrors()).as("console of " + name).isEmpty();
    assertThat(pdf).exists();
    int printed = pages(pdf);
    assertThat(printed).as("pages of " + name + " printed on " + paper).isBetween(1, pages);
    Files.delete(copy);
  }

  /** Page objects of a PDF; Chromium writes each page's dictionary uncompressed. */
  private static int pages(Path pdf) throws IOException {
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    return matches(PDF_PAGE, text).size();
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** What one headless Chromium run printed. */
  private record Browser(String out, String err) {
    /** Lines the page's console or an uncaught error wrote. */
    List<String> consoleErrors() {
      return err.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).toList();
    }
  }

  private static Browser chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory("html-report-chromium");
    List<String> command = new ArrayList<>();
    command.add(CHROMIUM.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.addAll(List.of(args));
    Path out = Files.createTempFile("chromium", ".out");
    Path err = Files.createTempFile("chromium", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      boolean finished = p.waitFor(180, TimeUnit.SECONDS);
      if (!finished) {
        p.destroyForcibly();
      }
      assertThat(finished).as("Chromium finished within 180 s: " + command).isTrue();
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as("Chromium's exit code; stderr: " + stderr).isZero();
      return new Browser(Files.readString(out, StandardCharsets.UTF_8), stderr);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // A profile file Chromium still holds; the temp folder is cleaned by the system.
    }
  }

  /**
   * {@code n} machines with lognormal churn (median about 20 GiB/day) on three sites, and one
   * machine beyond the largest tier, so the report has a risk to show; same seed, same file.
   */
  private static void writeFleet(Path file, int n, long seed) throws IOException {
    Random random = new Random(seed);
    String[] sites = {"london", "paris", "dublin"};
    StringBuilder csv = new StringBuilder("name,churnGiBPerDay,disks,site\n");
    for (int i = 0; i < n - 1; i++) {
      double churn = Math.min(Math.exp(3.0 + 1.2 * random.nextGaussian()), 900);
      csv.append("vm-")
          .append(i)
          .append(',')
          .append(String.format(Locale.ROOT, "%.1f", churn))
          .append(',')
          .append(1 + random.nextInt(8))
          .append(',')
          .append(sites[random.nextInt(sites.length)])
          .append('\n');
    }
    csv.append("huge-db,3000,4,london\n");
    Files.writeString(file, csv);
  }
}
