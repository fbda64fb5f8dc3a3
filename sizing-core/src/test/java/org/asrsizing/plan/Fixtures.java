package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;

/** Small helpers shared by the planner tests. */
final class Fixtures {

  static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");
  static final Catalog MODERNIZED = CatalogLoader.builtIn("asr-modernized");

  private Fixtures() {}

  static Plan plan(int machines, double churnGiBPerDay) {
    return Planner.plan(
        Workload.aggregate(machines, churnGiBPerDay), CLASSIC, PlanOptions.defaults());
  }

  static Plan plan(Workload w) {
    return Planner.plan(w, CLASSIC, PlanOptions.defaults());
  }

  static Plan plan(Workload w, Preference p) {
    return Planner.plan(w, CLASSIC, PlanOptions.defaults().withPreference(p));
  }

  static Workload machines(double... churn) {
    List<Machine> list = new ArrayList<>();
    for (int i = 0; i < churn.length; i++) {
      list.add(Machine.of(String.format("m%03d", i), churn[i]));
    }
    return Workload.of(list);
  }

  /** Tier names of the process servers, largest first as the plan lists them. */
  static List<String> processServerTiers(Plan p) {
    return p.processServers().stream().map(PlannedServer::tier).toList();
  }

  static String onlyConfigurationServerTier(Plan p) {
    if (p.configurationServers().size() != 1) {
      throw new AssertionError(
          "expected one configuration server, got " + p.configurationServers());
    }
    return p.configurationServers().get(0).tier();
  }
}
