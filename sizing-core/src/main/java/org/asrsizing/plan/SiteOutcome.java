package org.asrsizing.plan;

import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Unplaced;

/**
 * The plan of one site before ids are given out.
 *
 * @param machines the site's machines after growth; items refer to them by index
 * @param replicating servers that carry machines themselves: a configuration server with its
 *     built-in process server, or appliances
 * @param managedGroups for classic scale-out: per configuration server, its process servers
 * @param lowerBoundVcpus no deployment of the placed machines of this site needs fewer vCPUs
 */
record SiteOutcome(
    String site,
    List<Machine> machines,
    boolean scaleOut,
    List<Bin> replicating,
    List<List<Bin>> managedGroups,
    List<Unplaced> unplaced,
    List<Finding> findings,
    long lowerBoundVcpus) {}
