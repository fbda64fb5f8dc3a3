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
    AchievedRpo achieved) {

  public SiteRpo {
    required = List.copyOf(required);
  }
}
