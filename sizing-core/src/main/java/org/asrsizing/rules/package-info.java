/**
 * Checks on one source machine against a catalog (churn ceiling, peak write rate, data disks): a
 * reason the machine cannot be protected, or findings with the rule's id and source; a check never
 * throws for a machine it rejects.
 */
package org.asrsizing.rules;
