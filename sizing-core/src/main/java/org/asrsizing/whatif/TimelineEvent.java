package org.asrsizing.whatif;

/**
 * Something that changes in the deployment during a timeline.
 *
 * @param month the first month it is needed
 * @param event what: {@code scale-out}, {@code process-server-added}, {@code
 *     configuration-server-added}, {@code tier-change} or {@code machines-unprotectable}
 * @param detail the change in words, for example {@code process servers 2 -> 3}
 */
public record TimelineEvent(int month, String event, String detail) {

  public static final String SCALE_OUT = "scale-out";
  public static final String PROCESS_SERVER_ADDED = "process-server-added";
  public static final String CONFIGURATION_SERVER_ADDED = "configuration-server-added";
  public static final String TIER_CHANGE = "tier-change";
  public static final String UNPROTECTABLE = "machines-unprotectable";
}
