package org.asrsizing.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;

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
}
