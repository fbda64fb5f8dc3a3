package org.asrsizing.format;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;

/**
 * The JSON shape of the model's values, kept here so that {@code model} knows nothing of Jackson:
 * the field order of the documented plan format, the fields left out, and the derived values
 * written as fields.
 */
final class JsonMixIns {

  private JsonMixIns() {}

  /** {@code mapper} with the shape of every value that needs one. */
  static ObjectMapper registered(ObjectMapper mapper) {
    return mapper
        .addMixIn(Plan.class, PlanShape.class)
        .addMixIn(PlannedServer.class, PlannedServerShape.class)
        .addMixIn(Finding.class, FindingShape.class);
  }

  private abstract static class FindingShape {
    // Findings without advice (and findings whose advice a front end has worded) have no hint.
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Hint hint();
  }

  @JsonPropertyOrder({
    "schemaVersion",
    "summary",
    "configurationServers",
    "processServers",
    "unplaced",
    "findings",
    "alternatives",
    "assumptions"
  })
  private abstract static class PlanShape {
    @JsonIgnore
    abstract boolean feasible();
  }

  // The utilisations are derived methods, which Jackson does not see as properties of a record;
  // naming them makes them fields.
  @JsonPropertyOrder({
    "id",
    "role",
    "site",
    "configurationServer",
    "tier",
    "vcpus",
    "memoryGiB",
    "cacheDiskGiB",
    "replicates",
    "machines",
    "churnGiBPerDay",
    "limitMachines",
    "limitChurnGiBPerDay",
    "machineUtilisationPercent",
    "churnUtilisationPercent",
    "bindingLimit",
    "assignedMachines",
    "assignedChurnGiBPerDay"
  })
  private abstract static class PlannedServerShape {
    // A configuration server has none; the field is left out rather than written as null.
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String configurationServer();

    @JsonProperty("machineUtilisationPercent")
    abstract double machineUtilisationPercent();

    @JsonProperty("churnUtilisationPercent")
    abstract double churnUtilisationPercent();

    @JsonIgnore
    abstract double utilisationPercent();
  }
}
