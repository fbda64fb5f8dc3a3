package org.asrsizing.whatif;

import java.util.List;

/**
 * The RPO figures of one process server (or replicating configuration server) and whether its cache
 * disk holds its backlog.
 *
 * @param id server id of the plan
 * @param site its site
 * @param tier its tier
 * @param machines machines it carries
 * @param required the bandwidth each target RPO needs for its machines alone
 * @param bandwidthMbps the link the backlog was simulated at, Mbps: its share of the site's link
 *     (in proportion to its mean write rate) when the site has one, else what it needs for the
 *     first target RPO in every interval
 * @param worstRpoMinutes the highest RPO at that link, minutes
 * @param peakBacklogGiB the most data waiting on its cache disk at once, uncompressed GiB
 * @param cacheDiskGiB its tier's cache disk, GiB
 * @param cacheUsedPercent the peak backlog as a share of the cache disk, %
 */
public record ServerRpo(
    String id,
    String site,
    String tier,
    int machines,
    List<RequiredBandwidth> required,
    Double bandwidthMbps,
    Double worstRpoMinutes,
    double peakBacklogGiB,
    int cacheDiskGiB,
    double cacheUsedPercent) {

  public ServerRpo {
    required = List.copyOf(required);
  }
}
