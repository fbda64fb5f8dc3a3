/**
 * The versioned tables of server tiers, thresholds and limits, each row with the document and date
 * it comes from, and {@link org.asrsizing.io.CatalogLoader} for the built-in catalogs and catalog
 * files.
 *
 * <p>Conventions: immutable records checked for consistency when loaded; a catalog that cannot be
 * used is a {@link org.asrsizing.catalog.CatalogException} with one sentence naming the file and
 * the field. Storage in GiB, churn in GiB/day, as the ASR tables' GB and TB.
 */
package org.asrsizing.catalog;
