package org.asrsizing.format;

import org.asrsizing.catalog.Catalog;

/**
 * What the person-facing plan writers (table, Markdown) need beyond the plan.
 *
 * @param catalog the catalog the plan was made with, for the published tier limits that utilisation
 *     is measured against; {@code null} when unknown (utilisation is then not shown)
 * @param listExcluded whether to list every machine left out of the inventory and every row
 *     skipped, rather than their counts by reason
 * @param date the date the HTML and Markdown print in their header, or {@code null} for none (the
 *     same plan then always gives the same bytes)
 */
public record PlanReportOptions(Catalog catalog, boolean listExcluded, String date) {

  /** Without a date. */
  public PlanReportOptions(Catalog catalog, boolean listExcluded) {
    this(catalog, listExcluded, null);
  }

  /** No catalog, left-out machines counted, no date. */
  public static PlanReportOptions defaults() {
    return new PlanReportOptions(null, false);
  }
}
