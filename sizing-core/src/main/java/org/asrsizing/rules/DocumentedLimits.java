package org.asrsizing.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;

/**
 * Limits set to a value no source gives: allowed, since an architect may know better, but said once
 * with the documented values and their pages so that no number passes as Microsoft's.
 */
public final class DocumentedLimits {

  /** Rule id: a limit set to an undocumented value. */
  public static final Rule UNDOCUMENTED = Rule.UNDOCUMENTED_LIMIT;

  private DocumentedLimits() {}

  /**
   * The warning for a configuration server machine limit that {@code catalog} documents neither as
   * its default nor as an alternative; empty for {@code null}, a documented value, or a catalog
   * without a separate configuration server.
   */
  public static Optional<Finding> configurationServerLimit(Catalog catalog, Integer limit) {
    ManagementServer m = catalog.managementServer();
    if (limit == null || m == null || documented(m).contains(limit)) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            UNDOCUMENTED,
            Severity.WARNING,
            "the configuration server limit is set to "
                + limit
                + " machines, a value no source gives; it is used as given. The documented values"
                + " are "
                + documentedValues(catalog, m),
            Rule.UNDOCUMENTED_LIMIT.source()));
  }

  /** The limit and where it comes from: its page when documented, else the assumption. */
  public static String sourceOf(Catalog catalog, int limit) {
    ManagementServer m = catalog.managementServer();
    if (m.maxMachines() == limit) {
      return m.source();
    }
    if (m.alternatives() != null) {
      for (ManagementServer.Alternative a : m.alternatives()) {
        if (a.maxMachines() == limit) {
          return a.source();
        }
      }
    }
    return Rule.UNDOCUMENTED_LIMIT.source();
  }

  private static List<Integer> documented(ManagementServer m) {
    List<Integer> values = new ArrayList<>();
    values.add(m.maxMachines());
    if (m.alternatives() != null) {
      m.alternatives().forEach(a -> values.add(a.maxMachines()));
    }
    return values;
  }

  private static String documentedValues(Catalog catalog, ManagementServer m) {
    StringBuilder sb = new StringBuilder();
    sb.append(m.maxMachines())
        .append(" (")
        .append(catalog.cite(m.source()))
        .append(", the default)");
    if (m.alternatives() != null) {
      for (ManagementServer.Alternative a : m.alternatives()) {
        sb.append(" and ").append(a.maxMachines()).append(" (").append(catalog.cite(a.source()));
        sb.append(")");
      }
    }
    return sb.toString();
  }

  /**
   * Warnings for the limits of {@code file} that cite a document one of the {@code documented}
   * catalogs also cites, with a value that document does not give there: a catalog file may
   * override a limit, but not in the page's name.
   */
  public static List<Finding> overrides(Catalog file, List<Catalog> documented) {
    List<Finding> findings = new ArrayList<>();
    for (Catalog d : documented) {
      tiers(file, file.configurationServerTiers(), d, d.configurationServerTiers(), findings);
      tiers(file, file.processServerTiers(), d, d.processServerTiers(), findings);
      ManagementServer m = file.managementServer();
      if (m != null
          && d.managementServer() != null
          && sameDocument(file, m.source(), d, d.managementServer().source())
          && !documented(d.managementServer()).contains(m.maxMachines())) {
        findings.add(
            warning(
                "catalog "
                    + file.id()
                    + " sets the configuration server limit to "
                    + m.maxMachines()
                    + " machines and cites "
                    + file.cite(m.source())
                    + ", which does not give it; the documented values are "
                    + documentedValues(d, d.managementServer())));
      }
    }
    return List.copyOf(new LinkedHashSet<>(findings));
  }

  private static void tiers(
      Catalog file, List<Tier> tiers, Catalog d, List<Tier> documented, List<Finding> out) {
    for (Tier t : tiers) {
      for (Tier dt : documented) {
        if (dt.name().equals(t.name())
            && sameDocument(file, t.source(), d, dt.source())
            && (dt.maxMachines() != t.maxMachines()
                || Math.abs(dt.maxChurnGiBPerDay() - t.maxChurnGiBPerDay()) > 1e-9)) {
          out.add(
              warning(
                  "catalog "
                      + file.id()
                      + " gives tier "
                      + t.name()
                      + " "
                      + t.maxMachines()
                      + " machines and "
                      + Units.churn(t.maxChurnGiBPerDay())
                      + " and cites "
                      + file.cite(t.source())
                      + ", which gives "
                      + dt.maxMachines()
                      + " machines and "
                      + Units.churn(dt.maxChurnGiBPerDay())
                      + " ("
                      + d.cite(dt.source())
                      + ")"));
        }
      }
    }
  }

  private static boolean sameDocument(Catalog a, String aSource, Catalog b, String bSource) {
    return a.source(aSource).isPresent()
        && b.source(bSource).isPresent()
        && a.source(aSource).get().document().equals(b.source(bSource).get().document())
        && a.source(aSource).get().date().equals(b.source(bSource).get().date());
  }

  private static Finding warning(String message) {
    return new Finding(UNDOCUMENTED, Severity.WARNING, message, Rule.UNDOCUMENTED_LIMIT.source());
  }
}
