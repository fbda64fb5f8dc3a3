package org.asrsizing.whatif;

/**
 * Replication traffic of one server that carries machines.
 *
 * @param id server id of the plan
 * @param tier its tier
 * @param machines machines it carries
 * @param churnGiBPerDay their daily churn, GiB/day
 * @param ingressMbps average rate from the machines, Mbps
 * @param egressMbps average upload to Azure after compression, Mbps
 * @param cacheDiskGiB its cache disk, GiB
 * @param cacheBufferHours hours the cache absorbs the churn during a WAN outage ({@code null} for
 *     no churn)
 */
public record ServerBandwidth(
    String id,
    String tier,
    int machines,
    double churnGiBPerDay,
    double ingressMbps,
    double egressMbps,
    int cacheDiskGiB,
    Double cacheBufferHours) {}
