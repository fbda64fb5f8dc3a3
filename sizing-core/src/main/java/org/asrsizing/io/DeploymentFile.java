package org.asrsizing.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The deployment file as written: the server part of a plan, and the plan's other parts. */
record DeploymentFile(
    Integer schemaVersion,
    String catalog,
    JsonNode summary,
    List<Server> configurationServers,
    List<Server> processServers,
    JsonNode unplaced,
    JsonNode findings,
    JsonNode alternatives,
    Assumptions assumptions,
    JsonNode compatibility) {

  /** A server as a plan writes it; the load fields of a plan are recomputed, not read. */
  record Server(
      String id,
      String role,
      String site,
      String configurationServer,
      String tier,
      Integer vcpus,
      Integer memoryGiB,
      Integer cacheDiskGiB,
      Boolean replicates,
      JsonNode machines,
      JsonNode churnGiBPerDay,
      JsonNode limitMachines,
      JsonNode limitChurnGiBPerDay,
      JsonNode machineUtilisationPercent,
      JsonNode churnUtilisationPercent,
      JsonNode bindingLimit,
      List<String> assignedMachines,
      List<Double> assignedChurnGiBPerDay) {

    List<String> assigned() {
      return assignedMachines == null ? List.of() : assignedMachines;
    }

    List<Double> assignedChurn() {
      return assignedChurnGiBPerDay == null ? List.of() : assignedChurnGiBPerDay;
    }
  }

  /** The assumptions of a saved plan that a rebalance keeps by default. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Assumptions(
      String catalogId, Double headroomPercent, Integer configurationServerMachineLimit) {}
}
