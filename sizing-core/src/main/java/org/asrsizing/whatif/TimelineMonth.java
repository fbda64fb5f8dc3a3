package org.asrsizing.whatif;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.asrsizing.operate.SavedDeployment;

/**
 * One month of a growth timeline.
 *
 * @param month months from now (0 is today)
 * @param date the month as {@code YYYY-MM} when the timeline has a start month, else {@code null}
 * @param machineFactor machine count growth factor since month 0
 * @param churnFactor churn growth factor since month 0
 * @param deployment what is bought by then: month 0's plan changed month by month as little as the
 *     limits allow (the purchase path)
 * @param afresh what the grown workload needs when planned from scratch, to compare
 * @param lowerBoundVcpus no deployment of the month's protectable machines needs fewer vCPUs
 * @param machinesMoved machines the month's change moves between servers
 * @param deploymentFile the path's deployment of the month in the format {@code --deployment} reads
 */
@JsonPropertyOrder({
  "month",
  "date",
  "machineFactor",
  "churnFactor",
  "deployment",
  "afresh",
  "lowerBoundVcpus",
  "machinesMoved"
})
public record TimelineMonth(
    int month,
    @JsonInclude(JsonInclude.Include.NON_NULL) String date,
    double machineFactor,
    double churnFactor,
    Deployment deployment,
    Deployment afresh,
    int lowerBoundVcpus,
    int machinesMoved,
    @JsonIgnore SavedDeployment deploymentFile) {}
