package org.asrsizing.plan;

import java.util.List;
import java.util.Optional;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Choice;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;

/**
 * Which of two disagreeing documents a plan follows, said in the plan: the 2019 large-deployment
 * article sizes a configuration server that only manages at 8 vCPU / 16 GB whatever its process
 * servers, while the 2017 plan-capacity article paired it with the process servers' tier.
 */
public final class Guidance {

  /** The id of the catalog choice this finding reports. */
  public static final String MANAGEMENT_SERVER_SIZE = "management-server-size";

  private Guidance() {}

  /**
   * The finding for a plan with configuration servers that only manage, when the catalog records
   * the choice; empty otherwise.
   */
  public static Optional<Finding> managementServerSize(Catalog catalog, Plan plan) {
    Optional<Choice> choice =
        catalog.choices().stream().filter(c -> c.id().equals(MANAGEMENT_SERVER_SIZE)).findFirst();
    List<PlannedServer> managing =
        plan.configurationServers().stream().filter(s -> !s.replicates()).toList();
    if (choice.isEmpty() || managing.isEmpty() || catalog.configurationServerTiers().size() < 2) {
      return Optional.empty();
    }
    int other = plan.summary().vcpus();
    for (PlannedServer cs : managing) {
      other += pairedVcpus(catalog, plan, cs) - cs.vcpus();
    }
    Choice c = choice.get();
    return Optional.of(
        new Finding(
            Rule.GUIDANCE,
            Severity.INFO,
            "configuration servers that only manage are sized by the large-deployment guidance ("
                + c.value()
                + "); the other document pairs them with their process servers ("
                + c.alternative()
                + ", "
                + catalog.cite(c.alternativeSource())
                + (other == plan.summary().vcpus()
                    ? "), which gives this plan the same "
                        + other
                        + " vCPU: it has no large process server"
                    : "), which would make this plan "
                        + other
                        + " vCPU instead of "
                        + plan.summary().vcpus()),
            catalog.cite(c.source())));
  }

  /**
   * The 2017 pairing: the size of the smallest configuration server tier (8 vCPU / 16 GB) beside
   * small and medium process servers, of the next one (12 vCPU / 18 GB) beside a large one.
   */
  static int pairedVcpus(Catalog catalog, Plan plan, PlannedServer cs) {
    List<Tier> ps = catalog.processServerTiers();
    String largest = ps.get(ps.size() - 1).name();
    boolean large =
        plan.processServers().stream()
            .anyMatch(p -> cs.id().equals(p.configurationServer()) && largest.equals(p.tier()));
    return catalog.configurationServerTiers().get(large ? 1 : 0).vcpus();
  }
}
