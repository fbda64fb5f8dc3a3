package org.asrsizing.format;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Summary;
import org.asrsizing.model.Units;

/**
 * Writes a {@link Plan} as one self-contained HTML page a customer can be sent: the decisions on
 * the first screen (what to buy, the lower bound and gap, the risks, the key assumptions), then
 * charts drawn as inline SVG with a table each, the servers, the machines, the findings by severity
 * and every assumption. Style and script are inline, nothing is fetched, every value is escaped,
 * and the same plan always gives the same bytes (no date, no random ids).
 */
public final class PlanHtmlWriter {

  private PlanHtmlWriter() {}

  /** Writes {@code plan} and flushes {@code out}; see {@link #toHtml(Plan, Catalog)}. */
  public static void write(Plan plan, Catalog catalog, Writer out) throws IOException {
    out.write(toHtml(plan, catalog));
    out.flush();
  }

  /**
   * The HTML page of {@code plan}. {@code catalog} is the catalog the plan was made with, where the
   * charts find each tier's published limits; when it is {@code null} or another catalog than the
   * plan names, the planned limits are scaled back up by the headroom instead.
   */
  public static String toHtml(Plan plan, Catalog catalog) {
    return toHtml(plan, catalog, null);
  }

  /** The HTML page of {@code plan}, as {@link #toHtml(Plan, Catalog)}, dated {@code date}. */
  public static String toHtml(Plan plan, Catalog catalog, String date) {
    Summary s = plan.summary();
    Assumptions a = plan.assumptions();
    Markup m =
        HtmlPage.open(
            "ASR sizing plan: "
                + Labels.count(s.machines(), "machine")
                + ", "
                + a.catalogId()
                + " "
                + a.catalogVersion(),
            "ASR sizing plan",
            a.catalogId()
                + " "
                + a.catalogVersion()
                + " · "
                + Labels.count(s.machines(), "machine")
                + " · "
                + Units.churn(s.churnGiBPerDay())
                + " · "
                + (s.scaleOutRequired() ? "scale-out required" : "no scale-out needed"),
            date);
    if (!plan.feasible()) {
      m.element(
              "p",
              "Infeasible: "
                  + s.unplacedMachines()
                  + " of "
                  + Labels.count(s.machines(), "machine")
                  + " cannot be protected; see Not protectable.",
              "class",
              "alert",
              "role",
              "alert")
          .line();
    }
    m.append(HtmlSummary.of(plan));
    m.append(HtmlCharts.of(plan, catalog));
    m.append(HtmlDetails.of(plan, catalog));
    return HtmlPage.close(m, a.catalogId() + " " + a.catalogVersion(), a.storageUnits());
  }

  /** Findings of {@code rule}, in plan order. */
  static List<Finding> findings(Plan plan, Rule rule) {
    return plan.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
  }

  /** How many findings of each severity, most severe first; severities without any left out. */
  static Map<Severity, Long> bySeverity(Plan plan) {
    return bySeverity(plan.findings());
  }

  static Map<Severity, Long> bySeverity(List<Finding> findings) {
    Map<Severity, Long> out = new LinkedHashMap<>();
    for (Severity sev : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      long n = findings.stream().filter(f -> f.severity() == sev).count();
      if (n > 0) {
        out.put(sev, n);
      }
    }
    return out;
  }

  /** {@code server}'s name in charts: id and tier. */
  static String label(PlannedServer server) {
    return server.id() + " " + server.tier();
  }
}
