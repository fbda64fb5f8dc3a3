package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Units;

/**
 * Writes a {@link Catalog} as one self-contained HTML page: what it is and how it reads first, then
 * each tier's machine and churn limits as charts with their table, then the same tables as {@code
 * sizing tiers} prints, every source linked to its public page. Same frame, escaping and
 * determinism as {@link PlanHtmlWriter}.
 */
public final class CatalogHtmlWriter {

  private static final CatalogTableWriter.Layout HTML =
      new CatalogTableWriter.Layout() {
        @Override
        public String heading(String title) {
          return new Markup().line().element("h2", title).line().toString();
        }

        @Override
        public CatalogTableWriter.Table table(String... columns) {
          HtmlTable t = new HtmlTable(null, false, columns);
          return new CatalogTableWriter.Table() {
            @Override
            public CatalogTableWriter.Table row(Object... cells) {
              t.row(cells);
              return this;
            }

            @Override
            public String render() {
              return t.render().toString();
            }
          };
        }

        @Override
        public Object cite(Catalog c, String sourceId) {
          String text = CatalogTableWriter.cite(c, sourceId);
          return new HtmlTable.Link(
              text, c.source(sourceId).map(s -> SourceLinks.page(s.document())).orElse(null));
        }

        @Override
        public Object document(String document) {
          return HtmlTable.Link.source(document);
        }
      };

  private CatalogHtmlWriter() {}

  /** The HTML page of {@code c}. */
  public static String toHtml(Catalog c) {
    return toHtml(c, null);
  }

  /** The HTML page of {@code c}, dated {@code date} ({@code null}: no date). */
  public static String toHtml(Catalog c, String date) {
    String name = c.id() + " " + c.version();
    Markup m = HtmlPage.open("ASR catalog " + name, "ASR catalog " + name, c.title(), date);
    m.append(summary(c));
    m.append(limits(c));
    StringBuilder sb = new StringBuilder();
    CatalogTableWriter.sections(sb, c, HTML);
    // The sections are markup the Layout built, every value escaped by Markup and HtmlTable.
    m.open("section", "id", "tables").constant(sb.toString()).closeLine("section");
    return HtmlPage.close(m, name, Assumptions.UNITS);
  }

  private static Markup summary(Catalog c) {
    Markup m = new Markup().open("section", "id", "summary", "class", "first-screen").line();
    m.element("h2", "What the catalog holds").line();
    m.open("div", "class", "cards").line();
    m.open("div", "class", "card").line().element("h3", "Tiers").line();
    m.open("p", "class", "big")
        .text(c.scaleOutTiers().size() + c.configurationServerTiers().size());
    m.closeLine("p");
    m.element(
            "p",
            c.hasScaleOutProcessServers()
                ? Labels.count(c.configurationServerTiers().size(), "configuration server tier")
                    + " and "
                    + Labels.count(c.processServerTiers().size(), "scale-out process server tier")
                    + "; a configuration server managing scale-out process servers carries up to "
                    + Labels.count(c.managementServer().maxMachines(), "machine")
                    + "."
                : Labels.count(c.configurationServerTiers().size(), "replication appliance tier")
                    + "; more load is carried by adding appliances.")
        .line()
        .closeLine("div");
    m.open("div", "class", "card").line().element("h3", "Scale-out").line();
    m.element(
            "p",
            "One server carries everything up to "
                + Labels.count(c.scaleOut().maxMachines(), "machine")
                + " and "
                + Units.churn(c.scaleOut().maxChurnGiBPerDay())
                + "; beyond either, scale out.")
        .line()
        .closeLine("div");
    m.open("div", "class", "card").line().element("h3", "How to read it").line().open("dl");
    HtmlDetails.entry(m, "units", Assumptions.UNITS);
    HtmlDetails.entry(m, "bounds", c.boundSemantics());
    HtmlDetails.entry(
        m, "sources", Labels.count(c.sources().size(), "document") + ", linked below");
    m.closeLine("dl").closeLine("div");
    return m.closeLine("div").closeLine("section");
  }

  /** Each tier's published machine and churn limit, a bar each, with the table beside. */
  private static Markup limits(Catalog c) {
    List<Tier> tiers = new ArrayList<>(c.configurationServerTiers());
    tiers.addAll(c.processServerTiers());
    List<BarChart.Bar> machines = new ArrayList<>();
    List<BarChart.Bar> churn = new ArrayList<>();
    HtmlTable t =
        new HtmlTable(
            "limits-table",
            false,
            "role",
            "tier",
            ">vCPU",
            ">max machines",
            ">max churn GiB/day",
            "source");
    List<String> parts = new ArrayList<>();
    for (Tier tier : tiers) {
      boolean cs = c.configurationServerTiers().contains(tier);
      String role =
          !c.hasScaleOutProcessServers()
              ? "replication appliance"
              : cs ? "configuration server" : "process server";
      String label = role + " " + tier.name();
      String cls = cs ? "cs" : "ps";
      machines.add(new BarChart.Bar(label, tier.maxMachines(), tier.maxMachines() + "", cls));
      churn.add(
          new BarChart.Bar(
              label,
              tier.maxChurnGiBPerDay(),
              Units.number(tier.maxChurnGiBPerDay(), 0) + " GiB/day",
              cls));
      t.row(
          role,
          tier.name(),
          tier.vcpus(),
          tier.maxMachines(),
          Units.number(tier.maxChurnGiBPerDay(), 2),
          HTML.cite(c, tier.source()));
      parts.add(
          label
              + " up to "
              + tier.maxMachines()
              + " machines and "
              + Units.number(tier.maxChurnGiBPerDay(), 0)
              + " GiB/day");
    }
    String alt = "Bar charts of each tier's published limits: " + String.join("; ", parts);
    Markup m = HtmlDetails.section("charts", "Limits of the tiers");
    m.append(HtmlCharts.figure("Machines and churn each tier carries", alt));
    m.element("h4", "Machines (published limit)").line();
    m.append(BarChart.svg("chart-tier-machines", machines, "Machine limit of each tier"));
    m.element("h4", "Churn (published limit, GiB/day)").line();
    m.append(BarChart.svg("chart-tier-churn", churn, "Churn limit of each tier in GiB/day"));
    m.append(t.render()).closeLine("figure");
    return m.closeLine("section");
  }
}
