/**
 * Operates a running deployment: rebalance with the fewest machine moves, drain a server, health
 * against the tiers and observed metrics, and N+1. The entry point is {@link
 * org.asrsizing.operate.Rebalancer#run}; a deployment comes from {@link
 * org.asrsizing.io.DeploymentReader} or {@link org.asrsizing.model.CurrentDeployment#of}.
 *
 * <p>Conventions: the outcome is an immutable value written by the writers; a deployment file that
 * cannot be used is a {@link org.asrsizing.operate.DeploymentException}; a server to drain that is
 * not there is a {@link org.asrsizing.operate.DrainTargetException}. Inside a run, the phases share
 * one mutable working state and nothing else sees it: the reports are written from the immutable
 * outcome the phases leave, so a report cannot change what was worked out.
 */
package org.asrsizing.operate;
