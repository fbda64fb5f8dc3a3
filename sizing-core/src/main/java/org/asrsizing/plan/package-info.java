/**
 * Plans a deployment from nothing: how many servers of which tier (with a lower bound on the vCPUs
 * any deployment needs) and which machine goes on which server. The entry point is {@link
 * org.asrsizing.plan.Planner#plan}.
 *
 * <p>Conventions: plain functions of their inputs; the same workload, catalog and options give the
 * same plan, whatever the order of the machines. A machine no tier carries is a value (listed as
 * unplaced with its reason), never an exception; invalid options are an {@link
 * IllegalArgumentException} with one sentence.
 */
package org.asrsizing.plan;
