package org.asrsizing.plan;

import java.util.List;
import java.util.Map;
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
 * @param registered process servers registered to the first replicating configuration server (a
 *     hub's branches)
 * @param binSites the site of each process server placed on another site than this one's (a hub's
 *     branches); a bin not in it is on this site
 */
record SiteOutcome(
    String site,
    List<Machine> machines,
    boolean scaleOut,
    List<Bin> replicating,
    List<List<Bin>> managedGroups,
    List<Unplaced> unplaced,
    List<Finding> findings,
    long lowerBoundVcpus,
    List<Bin> registered,
    Map<Bin, SiteOutcome> binSites) {

  /** A site whose servers are all its own. */
  SiteOutcome(
      String site,
      List<Machine> machines,
      boolean scaleOut,
      List<Bin> replicating,
      List<List<Bin>> managedGroups,
      List<Unplaced> unplaced,
      List<Finding> findings,
      long lowerBoundVcpus) {
    this(
        site,
        machines,
        scaleOut,
        replicating,
        managedGroups,
        unplaced,
        findings,
        lowerBoundVcpus,
        List.of(),
        Map.of());
  }

  /** The outcome of the site {@code bin} is on. */
  SiteOutcome siteOf(Bin bin) {
    return binSites.getOrDefault(bin, this);
  }
}
