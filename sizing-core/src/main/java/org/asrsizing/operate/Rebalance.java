package org.asrsizing.operate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Unplaced;

/**
 * A change to a running deployment and its reasons: which machines move where, which servers are
 * added, and how every server stands before and after.
 *
 * @param schemaVersion version of this structure as written to JSON
 * @param command {@code rebalance}, {@code drain} or {@code health}
 * @param summary totals
 * @param servers every server, before and after
 * @param moves machines that change server, in name order
 * @param placements new machines and the server each starts on, in name order
 * @param operations the portal operations that carry out the moves
 * @param unplaced machines no server can protect, with the reason
 * @param failureTolerance the check of one server failing, when asked for
 * @param steps what to do, in order (a drain's decommissioning plan)
 * @param findings explained decisions and checks
 * @param assumptions what was assumed
 * @param deploymentAfter the deployment after the change, to start the next run from (written on
 *     its own with {@code --save-deployment}, not in this JSON)
 */
@JsonPropertyOrder({
  "schemaVersion",
  "command",
  "summary",
  "servers",
  "moves",
  "placements",
  "operations",
  "unplaced",
  "failureTolerance",
  "steps",
  "findings",
  "assumptions"
})
public record Rebalance(
    int schemaVersion,
    String command,
    RebalanceSummary summary,
    List<ServerReport> servers,
    List<Move> moves,
    List<Move> placements,
    List<PortalOperation> operations,
    List<Unplaced> unplaced,
    @JsonInclude(JsonInclude.Include.NON_NULL) FailureTolerance failureTolerance,
    List<String> steps,
    List<Finding> findings,
    OperateAssumptions assumptions,
    @JsonIgnore SavedDeployment deploymentAfter) {

  /** The version of the JSON rebalance format. */
  public static final int SCHEMA_VERSION = 1;

  public Rebalance {
    servers = List.copyOf(servers);
    moves = List.copyOf(moves);
    placements = List.copyOf(placements);
    operations = List.copyOf(operations);
    unplaced = List.copyOf(unplaced);
    steps = List.copyOf(steps);
    findings = List.copyOf(findings);
  }

  /** This result with {@code replaced} as its findings. */
  public Rebalance withFindings(List<Finding> replaced) {
    return new Rebalance(
        schemaVersion,
        command,
        summary,
        servers,
        moves,
        placements,
        operations,
        unplaced,
        failureTolerance,
        steps,
        replaced,
        assumptions,
        deploymentAfter);
  }
}
