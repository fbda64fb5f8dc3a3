package org.asrsizing.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.asrsizing.model.Preference;

/**
 * One named scenario of a scenario file. Every field but the name is optional; a missing one keeps
 * the base workload's or the command line's value.
 *
 * @param name shown in the table
 * @param machines machine count of an aggregate workload (with {@code churnGiBPerDay}, or replacing
 *     the base aggregate's count)
 * @param churnGiBPerDay total churn of an aggregate workload, GiB/day
 * @param machinesMultiplier multiplies the machine count (rounded up), for example 1.5
 * @param churnMultiplier multiplies the churn, for example 2
 * @param growthPercent the planner's growth, percent
 * @param headroomPercent the planner's headroom, percent
 * @param catalog catalog name or file (relative to the scenario file)
 * @param prefer {@code vcpus} or {@code servers}
 * @param csLimit configuration server machine limit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scenario(
    String name,
    Integer machines,
    Double churnGiBPerDay,
    Double machinesMultiplier,
    Double churnMultiplier,
    Double growthPercent,
    Double headroomPercent,
    String catalog,
    Preference prefer,
    Integer csLimit) {}
