package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.placement.Limits;

/**
 * The hot-spare way to N+K: the plan of N as it is, with {@code k} empty spares of the cheapest
 * tier that makes every failure survivable added to every failure domain that needs them (more when
 * no {@code k} do).
 */
final class HotSpares {

  /** The spares of a plan and the plan with them. */
  record Result(Plan plan, List<PlannedServer> spares) {}

  private HotSpares() {}

  /** {@code plan} with its spares, or {@code null} when no tier makes some domain survive. */
  static Result add(Plan plan, Catalog catalog, SurvivalCheck check, int k, double headroom) {
    List<Tier> tiers =
        catalog.scaleOutTiers().stream()
            .sorted(CheapestTier.ORDER.thenComparing(Tier::name))
            .toList();
    ServerRole role =
        catalog.hasScaleOutProcessServers() ? ServerRole.PROCESS_SERVER : ServerRole.APPLIANCE;
    String prefix = role == ServerRole.PROCESS_SERVER ? "ps-spare-" : "appliance-spare-";
    List<PlannedServer> spares = new ArrayList<>();
    for (Map.Entry<String, List<PlannedServer>> e : SurvivalCheck.domains(plan).entrySet()) {
      List<PlannedServer> domain = e.getValue();
      if (check.survives(domain)) {
        continue;
      }
      List<PlannedServer> added = null;
      // k spares, else (when the failed servers' machines do not split onto k) one more, ...
      for (int count = k; added == null && count <= k + domain.size(); count++) {
        for (Tier t : tiers) {
          List<PlannedServer> trial = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            String id = prefix + (spares.size() + i + 1);
            trial.add(spare(id, role, domain.get(0), t, headroom));
          }
          List<PlannedServer> more = new ArrayList<>(domain);
          more.addAll(trial);
          if (check.survives(more)) {
            added = trial;
            break;
          }
        }
      }
      if (added == null) {
        return null;
      }
      spares.addAll(added);
    }
    return new Result(Plans.withServers(plan, spares), spares);
  }

  private static PlannedServer spare(
      String id, ServerRole role, PlannedServer like, Tier tier, double headroom) {
    Limits limits = Limits.of(tier, headroom);
    return new PlannedServer(
        id,
        role,
        like.site(),
        like.configurationServer(),
        tier.name(),
        tier.vcpus(),
        tier.memoryGiB(),
        tier.cacheDiskGiB(),
        true,
        0,
        0,
        limits.machines(),
        limits.churnGiBPerDay(),
        Planner.SPARE,
        List.of(),
        List.of());
  }
}
