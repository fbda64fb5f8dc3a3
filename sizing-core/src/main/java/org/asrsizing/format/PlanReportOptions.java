package org.asrsizing.format;

import org.asrsizing.catalog.Catalog;

/**
 * What the person-facing plan writers (table, Markdown) need beyond the plan.
 *
 * @param catalog the catalog the plan was made with, for the published tier limits that utilisation
 *     is measured against; {@code null} when unknown (utilisation is then not shown)
 * @param listExcluded whether to list every machine left out of the inventory and every row
 *     skipped, rather than their counts by reason
 */
public record PlanReportOptions(Catalog catalog, boolean listExcluded) {

  /** No catalog, left-out machines counted. */
  public static PlanReportOptions defaults() {
    return new PlanReportOptions(null, false);
  }
}
