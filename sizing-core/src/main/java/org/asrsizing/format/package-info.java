/**
 * How values look on paper: every writer (table, JSON, CSV, Markdown, XLSX and PowerShell) for
 * plans, catalogs, operate outcomes, what-if results and runbooks, and the JSON shape they share
 * ({@link org.asrsizing.format.Json}).
 *
 * <p>Conventions: writers are deterministic (same value, same bytes, including XLSX timestamps);
 * every column and JSON field names its unit; a writer never decides anything, it only shows the
 * value a use case returned.
 */
package org.asrsizing.format;
