package org.asrsizing.model;

/**
 * A machine that cannot be protected, and why.
 *
 * @param machine the machine's name
 * @param site the site it lives on ({@code null} in plans written before this field existed)
 * @param churnGiBPerDay its daily churn after growth, GiB/day
 * @param reason why no server can carry it
 */
public record Unplaced(String machine, String site, double churnGiBPerDay, String reason) {}
