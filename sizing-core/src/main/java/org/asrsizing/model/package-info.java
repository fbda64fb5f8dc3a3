/**
 * The values every part of the tool speaks in: machines, workloads, planned servers, plans,
 * findings.
 *
 * <p>Conventions: every type is an immutable record (or an enum) validated in its compact
 * constructor, so an instance that exists is valid; a changed copy comes from a {@code withX}
 * method. Units are in the names: storage in binary units ({@code GiB}, {@code TiB}, as the ASR
 * tables use them), churn per day ({@code churnGiBPerDay}), rates in MB/s or decimal Mbps. A {@code
 * null} component means "not known" and is documented on the component; lists are never {@code
 * null} and are unmodifiable. Nothing here reads files or names a command-line option.
 */
package org.asrsizing.model;
