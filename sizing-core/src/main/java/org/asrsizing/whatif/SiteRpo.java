package org.asrsizing.whatif;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The RPO figures of one site's WAN link, which all its process servers share.
 *
 * @param site the site
 * @param machines protectable machines of the site
 * @param sampleIntervals intervals of the series (every sample time of every machine), 0 without a
 *     series
 * @param from start of the series, in the clock of the samples; {@code null} without a series
 * @param to end of the series (the last sample plus its step); {@code null} without a series
 * @param averageEgressMbps the mean upload after compression, Mbps (10^6 bit/s)
 * @param peakEgressMbps the busiest interval's upload after compression, Mbps; without a series the
 *     average times the peak factor
 * @param required the bandwidth each target RPO needs (empty without a series)
 * @param bandwidthMbps the site's link as given, Mbps, or {@code null}
 * @param achieved the RPO at that link, or {@code null} without a link or a series
 * @param curve the RPO at several bandwidths around the link (or around what the first target
 *     needs, without a link), for a chart of bandwidth against RPO; empty without a series
 */
public record SiteRpo(
    String site,
    int machines,
    int sampleIntervals,
    LocalDateTime from,
    LocalDateTime to,
    double averageEgressMbps,
    double peakEgressMbps,
    List<RequiredBandwidth> required,
    Double bandwidthMbps,
    AchievedRpo achieved,
    List<RpoAtBandwidth> curve) {

  public SiteRpo {
    required = List.copyOf(required);
    curve = List.copyOf(curve);
  }

  /**
   * The RPO a site gets at one bandwidth, against the first target RPO.
   *
   * @param bandwidthMbps the link, Mbps, before any throttle
   * @param worstRpoMinutes the highest RPO, minutes
   * @param p90RpoMinutes the RPO 90 % of the sample intervals stay within, minutes
   */
  public record RpoAtBandwidth(
      double bandwidthMbps, double worstRpoMinutes, double p90RpoMinutes) {}
}
