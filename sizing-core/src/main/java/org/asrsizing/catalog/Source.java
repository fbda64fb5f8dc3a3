package org.asrsizing.catalog;

/**
 * A public document a number comes from.
 *
 * @param id short key that tiers and limits refer to
 * @param document repository path of the document
 * @param title the document's title
 * @param date the revision of the document the numbers were taken from (ISO date or year)
 */
public record Source(String id, String document, String title, String date) {}
