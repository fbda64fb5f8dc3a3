package org.asrsizing.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Choice;
import org.asrsizing.catalog.DiskChurnLimit;
import org.asrsizing.catalog.HealthThreshold;
import org.asrsizing.catalog.MachineLimits;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.ScaleOutThresholds;
import org.asrsizing.catalog.Source;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Units;

/**
 * Writes a {@link Catalog} as aligned text or as Markdown (for wikis and tickets): every table with
 * units in its headers and, on every row, the document and date the numbers come from. The layouts
 * (and {@link CatalogHtmlWriter}'s) share the sections; only headings, tables and citations are
 * drawn differently.
 */
public final class CatalogTableWriter {

  private CatalogTableWriter() {}

  /** How headings, tables and citations are drawn. */
  interface Layout {
    String heading(String title);

    Table table(String... columns);

    /** A table cell naming the document {@code sourceId} stands for. */
    default Object cite(Catalog c, String sourceId) {
      return CatalogTableWriter.cite(c, sourceId);
    }

    /** A cell of the sources table naming {@code document}. */
    default Object document(String document) {
      return document;
    }
  }

  /** A table being filled; a header starting with {@code >} marks a numeric column. */
  interface Table {
    Table row(Object... cells);

    String render();
  }

  private static final Layout TEXT =
      new Layout() {
        @Override
        public String heading(String title) {
          return "\n" + title + "\n";
        }

        @Override
        public Table table(String... columns) {
          TextTable t = new TextTable(columns);
          return new Table() {
            @Override
            public Table row(Object... cells) {
              t.row(cells);
              return this;
            }

            @Override
            public String render() {
              return t.render("  ");
            }
          };
        }
      };

  private static final Layout MARKDOWN =
      new Layout() {
        @Override
        public String heading(String title) {
          return "\n## " + title + "\n\n";
        }

        @Override
        public Table table(String... columns) {
          MarkdownTable t = new MarkdownTable(columns);
          return new Table() {
            @Override
            public Table row(Object... cells) {
              t.row(cells);
              return this;
            }

            @Override
            public String render() {
              return t.render();
            }
          };
        }
      };

  /** Writes {@code catalog} and flushes {@code out}. */
  public static void write(Catalog catalog, Writer out) throws IOException {
    out.write(toText(catalog));
    out.flush();
  }

  /** The text of {@code catalog}. */
  public static String toText(Catalog c) {
    StringBuilder sb = new StringBuilder();
    sb.append("Catalog ").append(c.id()).append(' ').append(c.version()).append('\n');
    sb.append("  ").append(c.title()).append('\n');
    sb.append("  units:  ").append(Assumptions.UNITS).append('\n');
    sb.append("  bounds: ").append(c.boundSemantics()).append('\n');
    sections(sb, c, TEXT);
    return sb.toString();
  }

  /** {@code catalog} as Markdown: a title, the units and bound semantics, then the tables. */
  public static String toMarkdown(Catalog c) {
    return toMarkdown(c, null);
  }

  /** As {@link #toMarkdown(Catalog)}, dated {@code date} under the title ({@code null}: none). */
  public static String toMarkdown(Catalog c, String date) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Catalog ").append(c.id()).append(' ').append(c.version()).append("\n\n");
    if (date != null) {
      sb.append("Date: ").append(date).append("\n\n");
    }
    sb.append(CellText.markdownCell(c.title())).append("\n\n");
    sb.append("- units: ").append(Assumptions.UNITS).append('\n');
    sb.append("- bounds: ").append(CellText.markdownCell(c.boundSemantics())).append('\n');
    sections(sb, c, MARKDOWN);
    return sb.toString();
  }

  static void sections(StringBuilder sb, Catalog c, Layout layout) {
    if (c.hasScaleOutProcessServers()) {
      tiers(
          sb,
          layout,
          c,
          "Configuration servers (built-in process server replicates)",
          c.configurationServerTiers());
      tiers(sb, layout, c, "Scale-out process servers", c.processServerTiers());
      management(sb, layout, c, c.managementServer());
    } else {
      tiers(
          sb,
          layout,
          c,
          "Replication appliances (scale out by adding appliances)",
          c.configurationServerTiers());
    }
    scaleOut(sb, layout, c, c.scaleOut());
    machineLimits(sb, layout, c, c.machineLimits());
    diskLimits(sb, layout, c, c.diskChurnLimits());
    health(sb, layout, c, c.healthThresholds());
    choices(sb, layout, c, c.choices());
    sources(sb, layout, c.sources());
    // After the sources, so that what the catalog printed before stays as it was, line for line.
    if (c.compatibility() != null) {
      CatalogCompatibilitySections.append(sb, layout, c, c.compatibility());
    }
  }

  private static void tiers(
      StringBuilder sb, Layout layout, Catalog c, String title, List<Tier> tiers) {
    sb.append(layout.heading(title));
    Table t =
        layout.table(
            "tier",
            ">vCPU",
            "sockets x cores",
            ">RAM GiB",
            ">cache GiB",
            ">max churn GiB/day",
            ">max machines",
            "source");
    for (Tier tier : tiers) {
      t.row(
          tier.name(),
          tier.vcpus(),
          tier.sockets() == null || tier.coresPerSocket() == null
              ? "-"
              : tier.sockets() + " x " + tier.coresPerSocket(),
          tier.memoryGiB(),
          tier.cacheDiskGiB(),
          Units.number(tier.maxChurnGiBPerDay(), 2),
          tier.maxMachines(),
          layout.cite(c, tier.source()));
    }
    sb.append(t.render());
  }

  private static void management(StringBuilder sb, Layout layout, Catalog c, ManagementServer m) {
    sb.append(
        layout.heading("Configuration server managing scale-out process servers (no replication)"));
    Table t = layout.table(">vCPU", ">RAM GiB", ">cache GiB", ">max machines", "note", "source");
    t.row(
        m.vcpus(),
        m.memoryGiB(),
        m.cacheDiskGiB(),
        m.maxMachines(),
        "default",
        layout.cite(c, m.source()));
    if (m.alternatives() != null) {
      for (ManagementServer.Alternative a : m.alternatives()) {
        t.row(
            m.vcpus(),
            m.memoryGiB(),
            m.cacheDiskGiB(),
            a.maxMachines(),
            "alternative (configuration server limit " + a.maxMachines() + "): " + a.note(),
            layout.cite(c, a.source()));
      }
    }
    sb.append(t.render());
  }

  private static void scaleOut(StringBuilder sb, Layout layout, Catalog c, ScaleOutThresholds s) {
    sb.append(layout.heading("Scale-out thresholds (one server carries everything up to both)"));
    Table t = layout.table(">max machines", ">max churn GiB/day", "source");
    t.row(s.maxMachines(), Units.number(s.maxChurnGiBPerDay(), 2), layout.cite(c, s.source()));
    sb.append(t.render());
  }

  private static void machineLimits(StringBuilder sb, Layout layout, Catalog c, MachineLimits m) {
    sb.append(layout.heading("Limits per source machine"));
    Table t =
        layout.table(">max churn GiB/day", ">max peak churn MB/s", ">max data disks", "source");
    t.row(
        Units.number(m.maxChurnGiBPerDay(), 2),
        Units.number(m.maxPeakChurnMBps(), 2),
        m.maxDataDisks(),
        layout.cite(c, m.source()));
    sb.append(t.render());
  }

  private static void diskLimits(
      StringBuilder sb, Layout layout, Catalog c, List<DiskChurnLimit> limits) {
    if (limits.isEmpty()) {
      return;
    }
    sb.append(layout.heading("Average churn per replicated disk"));
    Table t =
        layout.table(
            "target storage", "avg I/O size", ">max churn MB/s", ">max churn GiB/day", "source");
    for (DiskChurnLimit d : limits) {
      t.row(
          d.targetStorage(),
          d.averageIoSize(),
          Units.number(d.maxChurnMBps(), 2),
          Units.number(d.maxChurnGiBPerDay(), 2),
          layout.cite(c, d.source()));
    }
    sb.append(t.render());
  }

  private static void health(
      StringBuilder sb, Layout layout, Catalog c, List<HealthThreshold> thresholds) {
    if (thresholds.isEmpty()) {
      return;
    }
    sb.append(layout.heading("Process server health (sustained 15 minutes)"));
    Table t = layout.table("metric", "bad when", ">warning", ">critical", "unit", "source");
    for (HealthThreshold h : thresholds) {
      t.row(
          h.metric(),
          h.direction(),
          Units.number(h.warning(), 2),
          Units.number(h.critical(), 2),
          h.unit(),
          layout.cite(c, h.source()));
    }
    sb.append(t.render());
  }

  private static void choices(StringBuilder sb, Layout layout, Catalog c, List<Choice> choices) {
    if (choices.isEmpty()) {
      return;
    }
    sb.append(layout.heading("Where the sources disagree (the catalog's choices)"));
    // Sources last, as in every other table of the catalog.
    Table t = layout.table("choice", "used", "other value", "why", "source", "other source");
    for (Choice ch : choices) {
      t.row(
          ch.id(),
          ch.value(),
          ch.alternative(),
          ch.note() == null ? "" : ch.note(),
          layout.cite(c, ch.source()),
          layout.cite(c, ch.alternativeSource()));
    }
    sb.append(t.render());
  }

  private static void sources(StringBuilder sb, Layout layout, List<Source> sources) {
    sb.append(layout.heading("Sources"));
    Table t = layout.table("document", "date", "title");
    for (Source s : sources) {
      t.row(layout.document(s.document()), s.date(), s.title());
    }
    sb.append(t.render());
  }

  /** The document's file name and date: enough to find it, short enough for a table row. */
  static String cite(Catalog c, String sourceId) {
    return c.source(sourceId)
        .map(s -> fileName(s.document()) + " (" + s.date() + ")")
        .orElse(sourceId);
  }

  private static String fileName(String document) {
    int slash = document.lastIndexOf('/');
    return slash < 0 ? document : document.substring(slash + 1);
  }
}
