package org.asrsizing.io.inventory;

/**
 * A row or machine of the inventory that is not in the workload, and why.
 *
 * @param location where it is, for example {@code machines.csv line 7}
 * @param machine the machine's name, or {@code null} when the row has none
 * @param reason why it was left out, one clause
 */
public record LeftOut(String location, String machine, String reason) {}
