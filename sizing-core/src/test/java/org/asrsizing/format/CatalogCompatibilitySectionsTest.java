package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Compatibility;
import org.asrsizing.catalog.DiskLimits;
import org.asrsizing.catalog.OperatingSystem;
import org.asrsizing.catalog.PremiumDisk;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@code sizing tiers} prints the catalog's support matrix data in every format it writes, after
 * what it printed before, and every row is the catalog's: the expected rows are read from the
 * catalog, not copied here.
 */
class CatalogCompatibilitySectionsTest {

  static final List<String> CATALOGS = CatalogLoader.BUILT_IN;

  /** Each row of the new sections as its cells: operating systems, disks, Premium, boot. */
  private static List<List<String>> rows(Catalog c) {
    Compatibility k = c.compatibility();
    List<List<String>> rows = new ArrayList<>();
    for (OperatingSystem os : k.operatingSystems()) {
      rows.add(row(os, c));
    }
    DiskLimits d = k.disks();
    rows.add(cells(d.maxOsDiskGiB(), "GiB", d.source(), c));
    rows.add(cells(d.maxBiosOsDiskGiB(), "GiB", d.matrixSource(), c));
    rows.add(cells(d.maxDataDiskGiB(), "GiB", d.source(), c));
    rows.add(cells(d.maxStorageAccountDataDiskGiB(), "GiB", d.matrixSource(), c));
    rows.add(cells(d.minDiskGiB(), "GiB", d.source(), c));
    rows.add(cells(c.machineLimits().maxDataDisks(), "disks", c.machineLimits().source(), c));
    rows.add(cells(d.maxDiskIops(), "IOPS", d.iopsSource(), c));
    rows.add(cells(d.maxMachineIops(), "IOPS", d.iopsSource(), c));
    rows.add(cells(d.supportedLogicalSectorBytes(), "bytes", d.matrixSource(), c));
    for (PremiumDisk p : k.premiumDisks()) {
      rows.add(
          List.of(
              p.name(),
              Units.number(p.maxSizeGiB(), 2),
              p.targetStorage(),
              CatalogTableWriter.cite(c, p.source())));
    }
    rows.add(
        List.of(
            "with Secure Boot on",
            k.boot().secureBootSupported() ? "yes" : "no",
            "-",
            CatalogTableWriter.cite(c, k.boot().source())));
    for (OperatingSystem os : k.boot().uefiUnsupported()) {
      rows.add(row(os, c));
    }
    return rows;
  }

  private static List<String> cells(double value, String unit, String source, Catalog c) {
    return List.of(Units.number(value, 2), unit, CatalogTableWriter.cite(c, source));
  }

  private static List<String> row(OperatingSystem os, Catalog c) {
    return List.of(
        os.name(),
        os.supported() ? "yes" : "no",
        os.pattern(),
        CatalogTableWriter.cite(c, os.source()));
  }

  @ParameterizedTest
  @FieldSource("CATALOGS")
  void theTextListsEveryRowOfTheCompatibilityDataAfterTheSources(String name) {
    Catalog c = CatalogLoader.builtIn(name);
    String text = CatalogTableWriter.toText(c);
    String after = text.substring(text.indexOf("\nSources\n"));

    assertThat(after)
        .contains(
            "\nCompatibility: operating systems",
            "\nCompatibility: disk limits",
            "\nCompatibility: Premium disks",
            "\nCompatibility: machines that boot UEFI");
    for (List<String> cells : rows(c)) {
      // Cells in order on one line, as many blanks between them as the alignment needs.
      String line =
          "(?m)^  .*" + String.join(" +", cells.stream().map(Pattern::quote).toList()) + "$";
      assertThat(after).containsPattern(line);
    }
  }

  @ParameterizedTest
  @FieldSource("CATALOGS")
  void theMarkdownHasEveryRowAsATableRow(String name) {
    Catalog c = CatalogLoader.builtIn(name);
    String md = CatalogTableWriter.toMarkdown(c);

    assertThat(md.substring(md.indexOf("\n## Sources\n")))
        .contains("\n## Compatibility: operating systems", "\n## Compatibility: disk limits");
    for (List<String> cells : rows(c)) {
      String joined =
          String.join(" | ", cells.stream().map(CellText::markdownCell).toList()) + " |\n";
      assertThat(md).contains(joined);
    }
  }

  @ParameterizedTest
  @FieldSource("CATALOGS")
  void theHtmlPageHasEveryRowWithItsSourceLinked(String name) {
    Catalog c = CatalogLoader.builtIn(name);
    String html = CatalogHtmlWriter.toHtml(c);

    assertThat(html).contains("<h2>Compatibility: operating systems");
    for (List<String> cells : rows(c)) {
      for (String cell : cells) {
        assertThat(html).contains(">" + escaped(cell) + "</");
      }
    }
    assertThat(html)
        .contains(
            ">" + CatalogTableWriter.cite(c, c.compatibility().disks().iopsSource()) + "</a></td>");
  }

  @ParameterizedTest
  @FieldSource("CATALOGS")
  void theJsonCarriesTheCompatibilitySectionOfTheCatalog(String name) throws Exception {
    Catalog c = CatalogLoader.builtIn(name);
    JsonNode k = new ObjectMapper().readTree(CatalogJsonWriter.toJson(c)).get("compatibility");

    List<OperatingSystem> oses = c.compatibility().operatingSystems();
    assertThat(k.get("operatingSystems")).hasSize(oses.size());
    for (int i = 0; i < oses.size(); i++) {
      JsonNode os = k.get("operatingSystems").get(i);
      assertThat(os.get("name").asText()).isEqualTo(oses.get(i).name());
      assertThat(os.get("pattern").asText()).isEqualTo(oses.get(i).pattern());
      assertThat(os.get("supported").asBoolean()).isEqualTo(oses.get(i).supported());
      assertThat(os.get("source").asText()).isEqualTo(oses.get(i).source());
    }
    DiskLimits d = c.compatibility().disks();
    assertThat(k.at("/disks/maxOsDiskGiB").asDouble()).isEqualTo(d.maxOsDiskGiB());
    assertThat(k.at("/disks/maxBiosOsDiskGiB").asDouble()).isEqualTo(d.maxBiosOsDiskGiB());
    assertThat(k.at("/disks/maxDiskIops").asDouble()).isEqualTo(d.maxDiskIops());
    assertThat(k.at("/disks/maxMachineIops").asDouble()).isEqualTo(d.maxMachineIops());
    assertThat(k.get("premiumDisks")).hasSize(c.compatibility().premiumDisks().size());
    assertThat(k.at("/boot/uefiUnsupported"))
        .hasSize(c.compatibility().boot().uefiUnsupported().size());
  }

  @ParameterizedTest
  @FieldSource("CATALOGS")
  void whatTheTextPrintedBeforeComesFirstAndUnchanged(String name) {
    Catalog c = CatalogLoader.builtIn(name);
    Catalog without = c.withCompatibility(null);

    assertThat(CatalogTableWriter.toText(c)).startsWith(CatalogTableWriter.toText(without));
    assertThat(CatalogTableWriter.toText(without)).doesNotContain("Compatibility:");
  }

  private static String escaped(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
