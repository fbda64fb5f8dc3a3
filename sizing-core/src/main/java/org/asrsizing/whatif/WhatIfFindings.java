package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.rules.DocumentedLimits;

/**
 * The findings every what-if result carries: the limits its plans were made to, each with its
 * source or the word assumption, so that a what-if number is as traceable as a plan's.
 */
public final class WhatIfFindings {

  private WhatIfFindings() {}

  /** The findings of a what-if run with {@code catalog} and {@code options}. */
  public static List<Finding> of(Catalog catalog, PlanOptions options) {
    List<Finding> findings = new ArrayList<>();
    DocumentedLimits.configurationServerLimit(catalog, options.configurationServerMachineLimit())
        .ifPresent(findings::add);
    findings.add(
        new Finding(
            Rule.HEADROOM,
            Severity.INFO,
            "every plan of this what-if keeps "
                + Units.percent(options.headroomPercent())
                + " of each tier's limits free; the limits are those of catalog "
                + catalog.id()
                + " "
                + catalog.version()
                + ", each with its source in the catalog",
            ""));
    return List.copyOf(findings);
  }
}
