package org.asrsizing.catalog;

/**
 * A point where two Microsoft documents disagree, and which value the catalog uses: both values
 * with both sources, so that a reader can check the choice and switch to the other if it fits.
 *
 * @param id stable id, for example {@code management-server-size}
 * @param topic what the documents disagree on
 * @param value the value this catalog uses
 * @param source id of the source of {@code value}
 * @param alternative the other document's value
 * @param alternativeSource id of the source of {@code alternative}
 * @param note why the catalog chose {@code value}, and how to get {@code alternative}
 */
public record Choice(
    String id,
    String topic,
    String value,
    String source,
    String alternative,
    String alternativeSource,
    String note) {}
