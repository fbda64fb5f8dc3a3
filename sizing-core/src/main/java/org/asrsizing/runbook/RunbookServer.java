package org.asrsizing.runbook;

import java.util.List;
import org.asrsizing.model.ServerRole;

/**
 * The runbook of one server.
 *
 * @param id the server id in the plan
 * @param role what it is
 * @param site the site it serves
 * @param configurationServer the configuration server it registers to, or {@code null}
 * @param tier its tier name
 * @param steps what to do, in order
 * @param placeholders the values still to fill in for it
 */
public record RunbookServer(
    String id,
    ServerRole role,
    String site,
    String configurationServer,
    String tier,
    List<Step> steps,
    List<Placeholder> placeholders) {

  public RunbookServer {
    steps = List.copyOf(steps);
    placeholders = List.copyOf(placeholders);
  }
}
