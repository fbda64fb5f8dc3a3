package org.asrsizing.model;

import java.util.List;

/**
 * A deployment that protects a workload, with its reasons.
 *
 * @param schemaVersion version of this structure as written to JSON
 * @param summary totals
 * @param configurationServers configuration servers and appliances
 * @param processServers scale-out process servers
 * @param unplaced machines that cannot be protected, with the reason
 * @param findings explained decisions and checks
 * @param alternatives the deployment optimised for the other preference, when it differs
 * @param assumptions what was assumed
 * @param compatibility the machines the compatibility checks found something on, with their
 *     verdicts and reasons; the others passed every check their inventory gave data for
 */
public record Plan(
    int schemaVersion,
    Summary summary,
    List<PlannedServer> configurationServers,
    List<PlannedServer> processServers,
    List<Unplaced> unplaced,
    List<Finding> findings,
    List<Alternative> alternatives,
    Assumptions assumptions,
    List<MachineVerdict> compatibility) {

  /** The version of the JSON plan format. */
  public static final int SCHEMA_VERSION = 1;

  public Plan {
    configurationServers = List.copyOf(configurationServers);
    processServers = List.copyOf(processServers);
    unplaced = List.copyOf(unplaced);
    findings = List.copyOf(findings);
    alternatives = List.copyOf(alternatives);
    compatibility = compatibility == null ? List.of() : List.copyOf(compatibility);
  }

  /** A plan without compatibility verdicts. */
  public Plan(
      int schemaVersion,
      Summary summary,
      List<PlannedServer> configurationServers,
      List<PlannedServer> processServers,
      List<Unplaced> unplaced,
      List<Finding> findings,
      List<Alternative> alternatives,
      Assumptions assumptions) {
    this(
        schemaVersion,
        summary,
        configurationServers,
        processServers,
        unplaced,
        findings,
        alternatives,
        assumptions,
        List.of());
  }

  /** This plan with {@code verdicts} as its compatibility view. */
  public Plan withCompatibility(List<MachineVerdict> verdicts) {
    return new Plan(
        schemaVersion,
        summary,
        configurationServers,
        processServers,
        unplaced,
        findings,
        alternatives,
        assumptions,
        verdicts);
  }

  /** This plan with {@code last} after its own findings. */
  public Plan withFindingsLast(List<Finding> last) {
    List<Finding> all = new java.util.ArrayList<>(findings);
    all.addAll(last);
    return withFindings(all);
  }

  /**
   * This plan with {@code first} before its own findings: what was found reading the input comes
   * before what was found planning it.
   */
  public Plan withFindingsFirst(List<Finding> first) {
    List<Finding> all = new java.util.ArrayList<>(first);
    all.addAll(findings);
    return withFindings(all);
  }

  /** This plan with {@code replaced} as its findings. */
  public Plan withFindings(List<Finding> replaced) {
    return new Plan(
        schemaVersion,
        summary,
        configurationServers,
        processServers,
        unplaced,
        replaced,
        alternatives,
        assumptions,
        compatibility);
  }

  /** Whether every machine is protected. */
  public boolean feasible() {
    return unplaced.isEmpty();
  }
}
