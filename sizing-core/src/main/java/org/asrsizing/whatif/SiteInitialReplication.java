package org.asrsizing.whatif;

import java.util.List;

/**
 * The initial replication of one site's machines over its WAN link, batch by batch.
 *
 * @param site the site
 * @param linkMbps the site's link, Mbps (10^6 bit/s)
 * @param deltaEgressMbps the average upload of delta replication once machines are protected, after
 *     compression, Mbps
 * @param availableMbps the link left for initial replication (link - delta), Mbps; 0 or less when
 *     delta replication uses all of it
 * @param machines the site's protectable machines
 * @param sizedByInventory machines sized by their inventory's storage or disks
 * @param sizedByFallback machines sized by the fallback machine size
 * @param unsized machines nothing sizes, left out of the copy
 * @param dataGiB data all batches copy, GiB
 * @param hours time for all batches one after another, hours, or {@code null} when the link has
 *     nothing left
 * @param goalHours the time one batch may take, hours
 * @param batches the batches in the order they run (empty when the link has nothing left)
 */
public record SiteInitialReplication(
    String site,
    double linkMbps,
    double deltaEgressMbps,
    double availableMbps,
    int machines,
    int sizedByInventory,
    int sizedByFallback,
    List<String> unsized,
    double dataGiB,
    Double hours,
    double goalHours,
    List<ReplicationBatch> batches) {

  public SiteInitialReplication {
    unsized = List.copyOf(unsized);
    batches = List.copyOf(batches);
  }
}
