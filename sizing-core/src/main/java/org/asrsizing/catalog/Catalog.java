package org.asrsizing.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A versioned table of server sizes and limits. Loaded from JSON or YAML by {@link
 * org.asrsizing.io.CatalogLoader}, which checks it for consistency.
 *
 * @param schemaVersion the catalog format version
 * @param id catalog id, for example {@code asr-classic}
 * @param version the version of the data
 * @param title what the catalog describes
 * @param boundSemantics how limits are read (always inclusive upper bounds here)
 * @param sources the documents the numbers come from
 * @param configurationServerTiers sizes of a server that replicates itself (a configuration server
 *     with its built-in process server, or a replication appliance), smallest first
 * @param processServerTiers scale-out process server sizes, smallest first; empty when the
 *     architecture scales by adding more {@code configurationServerTiers} servers
 * @param managementServer the configuration server that only manages scale-out process servers;
 *     {@code null} when {@code processServerTiers} is empty
 * @param scaleOut thresholds beyond which one server no longer carries everything
 * @param machineLimits limits on one source machine
 * @param diskChurnLimits per-disk churn limits (reference)
 * @param healthThresholds operating thresholds of a running process server (reference)
 * @param choices where the sources disagree: both values, both sources, and which one is used
 * @param compatibility the operating system and disk support table, or {@code null} when the
 *     catalog has none (the checks then do not run)
 */
public record Catalog(
    int schemaVersion,
    String id,
    String version,
    String title,
    String boundSemantics,
    List<Source> sources,
    List<Tier> configurationServerTiers,
    List<Tier> processServerTiers,
    ManagementServer managementServer,
    ScaleOutThresholds scaleOut,
    MachineLimits machineLimits,
    List<DiskChurnLimit> diskChurnLimits,
    List<HealthThreshold> healthThresholds,
    List<Choice> choices,
    Compatibility compatibility) {

  public Catalog {
    choices = choices == null ? List.of() : List.copyOf(choices);
    sources = sources == null ? List.of() : List.copyOf(sources);
    configurationServerTiers =
        configurationServerTiers == null ? List.of() : List.copyOf(configurationServerTiers);
    processServerTiers = processServerTiers == null ? List.of() : List.copyOf(processServerTiers);
    diskChurnLimits = diskChurnLimits == null ? List.of() : List.copyOf(diskChurnLimits);
    healthThresholds = healthThresholds == null ? List.of() : List.copyOf(healthThresholds);
  }

  /** A catalog without a compatibility table. */
  public Catalog(
      int schemaVersion,
      String id,
      String version,
      String title,
      String boundSemantics,
      List<Source> sources,
      List<Tier> configurationServerTiers,
      List<Tier> processServerTiers,
      ManagementServer managementServer,
      ScaleOutThresholds scaleOut,
      MachineLimits machineLimits,
      List<DiskChurnLimit> diskChurnLimits,
      List<HealthThreshold> healthThresholds,
      List<Choice> choices) {
    this(
        schemaVersion,
        id,
        version,
        title,
        boundSemantics,
        sources,
        configurationServerTiers,
        processServerTiers,
        managementServer,
        scaleOut,
        machineLimits,
        diskChurnLimits,
        healthThresholds,
        choices,
        null);
  }

  /** The source with this id, if the catalog lists it. */
  public Optional<Source> source(String sourceId) {
    return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
  }

  /** A human-readable citation of a source id: document and date. */
  public String cite(String sourceId) {
    return source(sourceId).map(s -> s.document() + " (" + s.date() + ")").orElse(sourceId);
  }

  /** Whether scale-out uses separate process servers (classic) or more appliances (modernized). */
  public boolean hasScaleOutProcessServers() {
    return !processServerTiers.isEmpty();
  }

  /** The tiers that carry machines once the workload is scaled out. */
  public List<Tier> scaleOutTiers() {
    return hasScaleOutProcessServers() ? processServerTiers : configurationServerTiers;
  }

  /** A copy with another compatibility table ({@code null}: none, the checks do not run). */
  public Catalog withCompatibility(Compatibility other) {
    return new Catalog(
        schemaVersion,
        id,
        version,
        title,
        boundSemantics,
        sources,
        configurationServerTiers,
        processServerTiers,
        managementServer,
        scaleOut,
        machineLimits,
        diskChurnLimits,
        healthThresholds,
        choices,
        other);
  }

  /** A copy with another machine limit for the non-replicating configuration server. */
  public Catalog withManagementServerMachineLimit(int maxMachines, String sourceId) {
    if (managementServer == null) {
      throw new IllegalStateException("catalog " + id + " has no management server");
    }
    ManagementServer m = managementServer;
    return new Catalog(
        schemaVersion,
        id,
        version,
        title,
        boundSemantics,
        sources,
        configurationServerTiers,
        processServerTiers,
        new ManagementServer(
            m.vcpus(), m.memoryGiB(), m.cacheDiskGiB(), maxMachines, sourceId, m.alternatives()),
        scaleOut,
        machineLimits,
        diskChurnLimits,
        healthThresholds,
        choices,
        compatibility);
  }
}
