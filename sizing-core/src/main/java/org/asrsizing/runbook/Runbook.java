package org.asrsizing.runbook;

import java.util.List;
import org.asrsizing.model.Finding;

/**
 * The install, register, upgrade and decommission steps of every server of a deployment.
 *
 * @param schemaVersion the version of this document's JSON form
 * @param servers the servers in the order the work is done (configuration servers before their
 *     process servers)
 * @param upgradeOrder server ids in the order they are upgraded
 * @param choices values chosen where the documents disagree
 * @param findings what checking the servers file found (a process server newer than its
 *     configuration server is an error)
 * @param toFillIn every placeholder, once
 */
public record Runbook(
    int schemaVersion,
    List<RunbookServer> servers,
    List<String> upgradeOrder,
    List<Choice> choices,
    List<Finding> findings,
    List<Placeholder> toFillIn) {

  /** The current {@link #schemaVersion()}. */
  public static final int SCHEMA_VERSION = 1;

  public Runbook {
    servers = List.copyOf(servers);
    upgradeOrder = List.copyOf(upgradeOrder);
    choices = List.copyOf(choices);
    findings = List.copyOf(findings);
    toFillIn = List.copyOf(toFillIn);
  }
}
