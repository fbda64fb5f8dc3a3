/**
 * The values every part of the tool speaks in: machines, workloads, findings, and the one
 * deployment model: a {@link org.asrsizing.model.Plan} is a deployment to build, a {@link
 * org.asrsizing.model.CurrentDeployment} one that runs, both made of servers with a role, a tier, a
 * site, a parent configuration server and machines ({@link
 * org.asrsizing.model.PlannedServer#asBuilt()} is a plan's server as a {@link
 * org.asrsizing.model.DeployedServer}; {@link org.asrsizing.model.CurrentDeployment#of} the whole
 * plan as built), so planning, operating, the runbook and what-if work on the same values.
 *
 * <p>Conventions: every type is an immutable record (or an enum) validated in its compact
 * constructor, so an instance that exists is valid; a changed copy comes from a {@code withX}
 * method. Units are in the names: storage in binary units ({@code GiB}, {@code TiB}, as the ASR
 * tables use them), churn per day ({@code churnGiBPerDay}), rates in MB/s or decimal Mbps. A {@code
 * null} component means "not known" and is documented on the component; lists are never {@code
 * null} and are unmodifiable. Nothing here reads files or names a command-line option.
 */
package org.asrsizing.model;
