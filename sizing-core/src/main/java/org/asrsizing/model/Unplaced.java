package org.asrsizing.model;

/** A machine that cannot be protected, and why. */
public record Unplaced(String machine, double churnGiBPerDay, String reason) {}
