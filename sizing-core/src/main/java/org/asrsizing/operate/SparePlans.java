package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Summary;

/**
 * Makes a plan survive any one server failing: the plan is checked as if built, and the cheapest
 * spare is added, empty, under every configuration server (or on every site of appliances) where
 * some failure could not be absorbed.
 */
public final class SparePlans {
  /**
   * The {@code bindingLimit} of a server kept empty for N+1 ({@code sizing plan --spare 1} writes
   * it); a rebalance does not give such a server machines.
   */
  public static final String SPARE = "spare";

  /** Rule id of the finding that says what N+1 costs. */
  public static final String RULE = Rule.FAILURE_TOLERANCE.id();

  private SparePlans() {}

  /**
   * {@code plan} with the spares N+1 needs, and a finding that says what they cost. The lower bound
   * stays that of the plan without spares, so the gap includes them.
   */
  public static Plan withSpares(Plan plan, Catalog catalog, double headroomPercent) {
    Integer limit =
        plan.assumptions() == null ? null : plan.assumptions().configurationServerMachineLimit();
    Rebalance check =
        Rebalancer.run(
            CurrentDeployment.of(plan),
            catalog,
            new OperateOptions(headroomPercent, limit, Set.of(), 1, OperateMode.HEALTH));
    FailureTolerance t = check.failureTolerance();
    List<PlannedServer> cs = new ArrayList<>(plan.configurationServers());
    List<PlannedServer> ps = new ArrayList<>(plan.processServers());
    for (ServerReport s : t.spares()) {
      (s.role() == ServerRole.PROCESS_SERVER ? ps : cs).add(planned(s));
    }
    List<Finding> findings = new ArrayList<>(plan.findings());
    check.findings().stream().filter(f -> f.rule().equals(RULE)).forEach(findings::add);
    if (!t.spares().isEmpty()) {
      findings.add(
          new Finding(
              RULE,
              Severity.INFO,
              "the spares are planned empty: on a failure, Switch the failed server's workload"
                  + " to the spare (or spread it with Load balance); the lower bound does not"
                  + " count them",
              OperateText.MANAGE_PROCESS_SERVER));
    }
    return new Plan(
        plan.schemaVersion(),
        summary(plan.summary(), t, cs.size(), ps.size()),
        cs,
        ps,
        plan.unplaced(),
        findings,
        plan.alternatives(),
        plan.assumptions());
  }

  /** A spare the failure check added, as an empty planned server. */
  private static PlannedServer planned(ServerReport s) {
    return new PlannedServer(
        s.id(),
        s.role(),
        s.site(),
        s.configurationServer(),
        s.tier(),
        s.vcpus(),
        s.memoryGiB(),
        s.cacheDiskGiB(),
        true,
        0,
        0,
        s.limitMachines(),
        s.limitChurnGiBPerDay(),
        SPARE,
        List.of(),
        List.of());
  }

  /** The totals with the spares' servers and hardware, against the same lower bound. */
  private static Summary summary(
      Summary s, FailureTolerance t, int configurationServers, int processServers) {
    int vcpus = s.vcpus() + t.extraVcpus();
    int gap = vcpus - s.lowerBoundVcpus();
    return new Summary(
        s.machines(),
        s.placedMachines(),
        s.unplacedMachines(),
        s.churnGiBPerDay(),
        s.scaleOutRequired(),
        s.sites(),
        configurationServers,
        processServers,
        vcpus,
        s.memoryGiB() + t.extraMemoryGiB(),
        s.cacheDiskGiB() + t.extraCacheDiskGiB(),
        s.lowerBoundVcpus(),
        gap,
        s.lowerBoundVcpus() == 0 ? 0 : 100.0 * gap / s.lowerBoundVcpus());
  }
}
