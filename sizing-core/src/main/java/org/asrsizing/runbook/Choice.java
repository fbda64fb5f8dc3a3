package org.asrsizing.runbook;

/**
 * A value chosen where the documents disagree.
 *
 * @param topic what it is about
 * @param chosen the value used
 * @param alternative the other documented value
 * @param reason why, with the source
 * @param source the document
 */
public record Choice(
    String topic, String chosen, String alternative, String reason, String source) {}
