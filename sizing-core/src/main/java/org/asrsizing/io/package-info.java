/**
 * How plans and catalogs look on paper and on disk: the table, JSON, CSV, Markdown and XLSX
 * writers, and the reader of saved plans.
 *
 * <p>Conventions: writers are deterministic (same value, same bytes, including XLSX timestamps);
 * every column and JSON field names its unit. A saved plan that cannot be read is a {@link
 * org.asrsizing.io.PlanReadException}.
 */
package org.asrsizing.io;
