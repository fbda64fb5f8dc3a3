package org.asrsizing.whatif;

import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Units;
import org.asrsizing.plan.PlanOptions;

/**
 * What every what-if result assumed, echoed at the top of its output.
 *
 * @param catalog catalog id and version, for example {@code asr-classic 2021.1}
 * @param headroomPercent share of every tier limit kept free, percent
 * @param preference what the sizing minimised first
 * @param configurationServerMachineLimit override of the configuration server machine limit, or
 *     {@code null}
 * @param storageUnits how sizes are read and written
 */
public record WhatIfContext(
    String catalog,
    double headroomPercent,
    Preference preference,
    Integer configurationServerMachineLimit,
    String storageUnits) {

  public static WhatIfContext of(Catalog catalog, PlanOptions options) {
    return new WhatIfContext(
        catalog.id() + " " + catalog.version(),
        options.headroomPercent(),
        options.preference(),
        options.configurationServerMachineLimit(),
        Assumptions.UNITS);
  }

  /** The header lines of a text report. */
  public String text() {
    return "  catalog:  "
        + catalog
        + "   headroom: "
        + Units.percent(headroomPercent)
        + "   prefer: "
        + (preference == Preference.VCPUS ? "fewest vCPUs first" : "fewest servers first")
        + (configurationServerMachineLimit == null
            ? ""
            : "   configuration server limit: " + configurationServerMachineLimit + " machines")
        + "\n  units:    "
        + storageUnits
        + "; network rates in Mbps (10^6 bit/s)\n";
  }
}
