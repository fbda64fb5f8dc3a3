/**
 * Reads inventories (native CSV, JSON and YAML; Azure Migrate; RVTools workbooks and CSV folders;
 * profiled write rates) into machines, with a finding for every row skipped or value assumed. The
 * entry point is {@link org.asrsizing.io.inventory.Inventories#read}.
 *
 * <p>Conventions: no machine is dropped silently: a row that cannot be used either fails the read
 * with an {@link org.asrsizing.io.inventory.InventoryException} naming the file, line and column,
 * or, when skipping invalid rows was asked for, is counted and listed in the inventory's findings.
 */
package org.asrsizing.io.inventory;
