package org.asrsizing.model;

/**
 * What the plan assumed; echoed in every output.
 *
 * @param catalogId catalog used
 * @param catalogVersion its version
 * @param growthPercent growth applied to machine count and churn before sizing
 * @param headroomPercent share of every tier limit kept free
 * @param preference what the sizing minimised first
 * @param configurationServerMachineLimit machines one non-replicating configuration server manages,
 *     before headroom ({@code null} for appliance catalogs)
 * @param storageUnits how sizes are read and written
 * @param aggregateInput whether the input was a machine count and a total churn
 */
public record Assumptions(
    String catalogId,
    String catalogVersion,
    double growthPercent,
    double headroomPercent,
    Preference preference,
    Integer configurationServerMachineLimit,
    String storageUnits,
    boolean aggregateInput) {

  public static final String UNITS =
      "binary: GiB and TiB (the ASR tables' GB and TB); 1 TiB = 1024 GiB; churn in GiB/day";
}
