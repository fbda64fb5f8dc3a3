package org.asrsizing.operate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.asrsizing.model.Assumptions;

/**
 * What a rebalance assumed.
 *
 * @param catalogId catalog used
 * @param catalogVersion its version
 * @param headroomPercent share of every tier limit kept free
 * @param configurationServerMachineLimit machines one configuration server manages, before headroom
 *     ({@code null} for appliance catalogs)
 * @param loadFollowsChurn how observed metrics turn into a churn to move
 * @param storageUnits how sizes are read and written
 */
public record OperateAssumptions(
    String catalogId,
    String catalogVersion,
    double headroomPercent,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer configurationServerMachineLimit,
    String loadFollowsChurn,
    String storageUnits) {

  static final String LOAD_FOLLOWS_CHURN =
      "a server's CPU, memory, cache use and upload time grow in proportion to the churn it"
          + " carries; machines move only between process servers of one configuration server"
          + " (or between appliances), on one site";

  static final String UNITS = Assumptions.UNITS;
}
