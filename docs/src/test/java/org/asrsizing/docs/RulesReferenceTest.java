package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.DiskChurnLimit;
import org.asrsizing.catalog.HealthThreshold;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.Tier;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Units;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/rules.md repeats the catalog data for people. Each of its tables follows a marker {@code
 * <!-- table: CATALOG SECTION -->}; this test rebuilds every table from {@link
 * CatalogLoader#builtIn} and fails on any difference in a number, a row or a source.
 */
class RulesReferenceTest {

  private static final Path RULES = Markdown.root().resolve("docs/rules.md");

  @TestFactory
  Stream<DynamicTest> everyTableOfTheRulesReferenceMatchesTheCatalog() throws IOException {
    return tablesMatchTheCatalog(RULES);
  }

  /** One test per marked table of {@code page}: its header and rows rebuilt from the catalog. */
  static Stream<DynamicTest> tablesMatchTheCatalog(Path page) throws IOException {
    return Markdown.tables(page).stream()
        .map(
            t ->
                DynamicTest.dynamicTest(
                    t.marker(),
                    () -> {
                      Expected e = expected(t.marker());
                      assertThat(t.header()).as("header of " + t.marker()).isEqualTo(e.header());
                      assertThat(t.rows())
                          .as("rows of %s; expected table:%n%s", t.marker(), e.markdown())
                          .isEqualTo(e.rows());
                    }));
  }

  @Test
  void theRulesReferenceCoversEverySectionOfEveryBuiltInCatalog() throws IOException {
    Set<String> documented = new TreeSet<>();
    Markdown.tables(RULES).forEach(t -> documented.add(t.marker()));
    Set<String> needed = new TreeSet<>();
    for (String name : CatalogLoader.BUILT_IN) {
      Catalog c = CatalogLoader.builtIn(name);
      needed.add(name + " configurationServerTiers");
      needed.add(name + " scaleOut");
      needed.add(name + " machineLimits");
      if (c.hasScaleOutProcessServers()) {
        needed.add(name + " processServerTiers");
        needed.add(name + " managementServer");
      }
      if (!c.diskChurnLimits().isEmpty()) {
        needed.add(name + " diskChurnLimits");
      }
      if (!c.healthThresholds().isEmpty()) {
        needed.add(name + " healthThresholds");
      }
      if (!c.choices().isEmpty()) {
        needed.add(name + " choices");
      }
    }
    assertThat(documented).containsAll(needed);
  }

  record Expected(List<String> header, List<List<String>> rows) {
    String markdown() {
      StringBuilder sb = new StringBuilder();
      sb.append("| ").append(String.join(" | ", header)).append(" |\n");
      sb.append("|").append("---|".repeat(header.size())).append('\n');
      for (List<String> r : rows) {
        sb.append("| ").append(String.join(" | ", r)).append(" |\n");
      }
      return sb.toString();
    }
  }

  static Expected expected(String marker) {
    String[] parts = marker.split(" ");
    Catalog c = CatalogLoader.builtIn(parts[0]);
    List<List<String>> rows = new ArrayList<>();
    switch (parts[1]) {
      case "configurationServerTiers", "processServerTiers" -> {
        List<Tier> tiers =
            parts[1].equals("processServerTiers")
                ? c.processServerTiers()
                : c.configurationServerTiers();
        for (Tier t : tiers) {
          rows.add(
              List.of(
                  t.name(),
                  n(t.vcpus()),
                  t.sockets() + " x " + t.coresPerSocket(),
                  n(t.memoryGiB()),
                  n(t.cacheDiskGiB()),
                  n(t.maxChurnGiBPerDay()),
                  n(t.maxMachines()),
                  cite(c, t.source())));
        }
        return new Expected(
            List.of(
                "tier",
                "vCPU",
                "sockets x cores",
                "RAM GiB",
                "cache disk GiB",
                "max churn GiB/day",
                "max machines",
                "source"),
            rows);
      }
      case "managementServer" -> {
        ManagementServer m = c.managementServer();
        rows.add(
            List.of(
                n(m.vcpus()),
                n(m.memoryGiB()),
                n(m.cacheDiskGiB()),
                n(m.maxMachines()),
                "default",
                cite(c, m.source())));
        for (ManagementServer.Alternative a : m.alternatives()) {
          rows.add(
              List.of(
                  n(m.vcpus()),
                  n(m.memoryGiB()),
                  n(m.cacheDiskGiB()),
                  n(a.maxMachines()),
                  "`--cs-limit " + a.maxMachines() + "`",
                  cite(c, a.source())));
        }
        return new Expected(
            List.of("vCPU", "RAM GiB", "cache disk GiB", "max machines", "use", "source"), rows);
      }
      case "scaleOut" -> {
        rows.add(
            List.of(
                n(c.scaleOut().maxMachines()),
                n(c.scaleOut().maxChurnGiBPerDay()),
                cite(c, c.scaleOut().source())));
        return new Expected(List.of("max machines", "max churn GiB/day", "source"), rows);
      }
      case "machineLimits" -> {
        rows.add(
            List.of(
                n(c.machineLimits().maxChurnGiBPerDay()),
                n(c.machineLimits().maxPeakChurnMBps()),
                n(c.machineLimits().maxDataDisks()),
                cite(c, c.machineLimits().source())));
        return new Expected(
            List.of("max churn GiB/day", "max peak churn MB/s", "max data disks", "source"), rows);
      }
      case "diskChurnLimits" -> {
        for (DiskChurnLimit d : c.diskChurnLimits()) {
          rows.add(
              List.of(
                  d.targetStorage(),
                  d.averageIoSize(),
                  n(d.maxChurnMBps()),
                  n(d.maxChurnGiBPerDay()),
                  cite(c, d.source())));
        }
        return new Expected(
            List.of(
                "target storage", "avg I/O size", "max churn MB/s", "max churn GiB/day", "source"),
            rows);
      }
      case "healthThresholds" -> {
        for (HealthThreshold h : c.healthThresholds()) {
          rows.add(
              List.of(
                  h.metric(),
                  h.direction(),
                  n(h.warning()),
                  n(h.critical()),
                  h.unit(),
                  cite(c, h.source())));
        }
        return new Expected(
            List.of("metric", "bad when", "warning", "critical", "unit", "source"), rows);
      }
      case "choices" -> {
        for (var ch : c.choices()) {
          rows.add(
              List.of(
                  "`" + ch.id() + "`",
                  ch.value(),
                  cite(c, ch.source()),
                  ch.alternative(),
                  cite(c, ch.alternativeSource())));
        }
        return new Expected(
            List.of("choice", "used", "source", "other value", "other source"), rows);
      }
      case "operatingSystems" -> {
        // The two architectures share the rows and differ only in verdicts (the matrix marks
        // some versions "modernized experience only"), so one table shows both.
        var classic = CatalogLoader.builtIn("asr-classic").compatibility().operatingSystems();
        var modernized = CatalogLoader.builtIn("asr-modernized").compatibility().operatingSystems();
        assertThat(modernized)
            .extracting("name")
            .isEqualTo(classic.stream().map(o -> o.name()).toList());
        for (int i = 0; i < classic.size(); i++) {
          var o = classic.get(i);
          rows.add(
              List.of(
                  o.name(),
                  verdict(o.supported()),
                  verdict(modernized.get(i).supported()),
                  cite(c, o.source())));
        }
        return new Expected(List.of("operating system", "classic", "modernized", "source"), rows);
      }
      case "bootRules" -> {
        var b = c.compatibility().boot();
        rows.add(List.of("Secure Boot on", verdict(b.secureBootSupported()), cite(c, b.source())));
        for (var o : b.uefiUnsupported()) {
          rows.add(List.of(o.name(), verdict(o.supported()), cite(c, o.source())));
        }
        return new Expected(List.of("with UEFI", "verdict", "source"), rows);
      }
      case "premiumDisks" -> {
        for (var p : c.compatibility().premiumDisks()) {
          rows.add(
              List.of(
                  p.name(),
                  "at most " + n(p.maxSizeGiB()),
                  p.targetStorage(),
                  cite(c, p.source())));
        }
        return new Expected(
            List.of("Premium disk", "source disk size, GiB", "churn limits of", "source"), rows);
      }
      case "compatibilityDisks" -> {
        var d = c.compatibility().disks();
        rows.add(
            List.of("OS disk size, GiB", "at most " + n(d.maxOsDiskGiB()), cite(c, d.source())));
        rows.add(
            List.of(
                "data disk size, GiB", "at most " + n(d.maxDataDiskGiB()), cite(c, d.source())));
        rows.add(List.of("disk size, GiB", "more than " + n(d.minDiskGiB()), cite(c, d.source())));
        rows.add(
            List.of("IOPS per disk", "at most " + n(d.maxDiskIops()), cite(c, d.iopsSource())));
        rows.add(
            List.of(
                "IOPS per machine", "at most " + n(d.maxMachineIops()), cite(c, d.iopsSource())));
        return new Expected(List.of("limit", "value", "source"), rows);
      }
      default -> throw new IllegalArgumentException("unknown table marker " + marker);
    }
  }

  private static String verdict(boolean supported) {
    return supported ? "supported" : "not supported";
  }

  private static String n(double value) {
    return Units.number(value, 2);
  }

  /** The document's file name in code style and its date, as rules.md writes sources. */
  private static String cite(Catalog c, String sourceId) {
    return c.source(sourceId)
        .map(
            s ->
                "`"
                    + s.document().substring(s.document().lastIndexOf('/') + 1)
                    + "` ("
                    + s.date()
                    + ")")
        .orElseThrow(() -> new AssertionError("unknown source " + sourceId));
  }
}
