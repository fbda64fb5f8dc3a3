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
        .addMixIn(Finding.class, FindingShape.class)
        .registerModule(isoTimes());
  }

  /**
   * Dates and clock times as their ISO-8601 text ({@code 2024-05-01}, {@code 2024-05-01T10:15},
   * {@code 08:00}), without the whole java.time module for three types.
   */
  private static com.fasterxml.jackson.databind.module.SimpleModule isoTimes() {
    com.fasterxml.jackson.databind.module.SimpleModule m =
        new com.fasterxml.jackson.databind.module.SimpleModule("iso-times");
    com.fasterxml.jackson.databind.ser.std.ToStringSerializer text =
        com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance;
    m.addSerializer(java.time.LocalDate.class, text);
    m.addSerializer(java.time.LocalDateTime.class, text);
    m.addSerializer(java.time.LocalTime.class, text);
    return m;
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

    // Absent when no check found anything, so plans of inventories without the data read as before.
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<org.asrsizing.model.MachineVerdict> compatibility();
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
