/**
 * Writes the runbook of a plan or deployment: per server, in dependency order, the documented steps
 * to install, register, configure the proxy, verify, upgrade and decommission it. The entry point
 * is {@link org.asrsizing.runbook.Runbooks}.
 *
 * <p>Conventions: steps are immutable values that name the document they come from; anything the
 * servers file does not give is a {@link org.asrsizing.runbook.Placeholder}; a secret is never part
 * of a step.
 */
package org.asrsizing.runbook;
