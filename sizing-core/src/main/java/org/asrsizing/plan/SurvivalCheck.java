package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.placement.FailoverCheck;
import org.asrsizing.placement.Limits;

/**
 * Whether a plan survives any {@code k} servers of one failure domain failing at once, asked of
 * {@link FailoverCheck} the way the health check asks it of the built deployment: a domain is the
 * process servers of one configuration server on one site (or the appliances of one site), every
 * machine switches on its own, survivors are held to their tiers at the failover headroom. A
 * configuration server's own failure is not covered: ASR cannot fail it over.
 */
final class SurvivalCheck {

  private final Catalog catalog;
  private final int k;
  private final double failoverHeadroomPercent;

  SurvivalCheck(Catalog catalog, int k, double failoverHeadroomPercent) {
    this.catalog = catalog;
    this.k = k;
    this.failoverHeadroomPercent = failoverHeadroomPercent;
  }

  /** Whether every failure of {@code k} servers of every domain of {@code plan} is absorbed. */
  boolean survives(Plan plan) {
    return domains(plan).values().stream().allMatch(this::survives);
  }

  boolean survives(List<PlannedServer> domain) {
    return FailoverCheck.survives(members(domain), k);
  }

  /** The failures of one domain, survived or not. */
  List<FailoverCheck.Failure> failures(List<PlannedServer> domain) {
    return FailoverCheck.all(members(domain), k);
  }

  /** The servers whose failures are covered, by site and configuration server, in plan order. */
  static Map<String, List<PlannedServer>> domains(Plan plan) {
    Map<String, List<PlannedServer>> out = new LinkedHashMap<>();
    List<PlannedServer> all = new ArrayList<>(plan.configurationServers());
    all.addAll(plan.processServers());
    for (PlannedServer s : all) {
      if (s.role() == ServerRole.CONFIGURATION_SERVER) {
        continue;
      }
      String key =
          s.site() + "\u0000" + (s.configurationServer() == null ? "" : s.configurationServer());
      out.computeIfAbsent(key, x -> new ArrayList<>()).add(s);
    }
    return out;
  }

  private List<FailoverCheck.Member> members(List<PlannedServer> domain) {
    List<FailoverCheck.Member> members = new ArrayList<>();
    for (PlannedServer s : domain) {
      List<FailoverCheck.Unit> units = new ArrayList<>();
      for (int i = 0; i < s.assignedMachines().size(); i++) {
        units.add(
            new FailoverCheck.Unit(
                s.assignedMachines().get(i), 1, s.assignedChurnGiBPerDay().get(i)));
      }
      members.add(new FailoverCheck.Member(s.id(), failoverLimits(s), units, true, true));
    }
    return members;
  }

  /** What {@code server} may carry while another server is down. */
  Limits failoverLimits(PlannedServer server) {
    return Limits.of(tier(server.tier()), failoverHeadroomPercent);
  }

  private Tier tier(String name) {
    List<Tier> tiers = new ArrayList<>(catalog.scaleOutTiers());
    tiers.addAll(catalog.configurationServerTiers());
    return tiers.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
