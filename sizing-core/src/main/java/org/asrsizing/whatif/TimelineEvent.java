package org.asrsizing.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something that changes in the deployment during a timeline.
 *
 * @param month the first month it is needed
 * @param date the month as {@code YYYY-MM} when the timeline has a start month, else {@code null}
 * @param event what: {@code scale-out}, {@code process-server-added}, {@code
 *     configuration-server-added}, {@code server-resized}, {@code machines-moved} or {@code
 *     machines-unprotectable}
 * @param detail the change in words: what to buy or change, why, and which machines move
 */
@JsonPropertyOrder({"month", "date", "event", "detail"})
public record TimelineEvent(
    int month,
    @JsonInclude(JsonInclude.Include.NON_NULL) String date,
    String event,
    String detail) {

  public static final String SCALE_OUT = "scale-out";
  public static final String PROCESS_SERVER_ADDED = "process-server-added";
  public static final String CONFIGURATION_SERVER_ADDED = "configuration-server-added";
  public static final String SERVER_RESIZED = "server-resized";
  public static final String SERVER_RETIRED = "server-retired";
  public static final String MACHINES_MOVED = "machines-moved";
  public static final String UNPROTECTABLE = "machines-unprotectable";
}
